"""The build side of uk-iraq-security: everything that needs a checkout, kept out of the wheel.

    python -m uis_build build [--check]   seeds -> annotations -> parsed records -> validated tables -> data/
    python -m uis_build propose ARTICLE   draft annotations for a new article
    python -m uis_build release           dist/: wheel, sdist, dataset zip, citation metadata, Kaggle folder

Data flows one way through its folders: parsing/ (numbers, money, periods) -> curation/ (annotations to
tables, the build) -> release/ (what is published). drafting/ proposes annotations for new articles.
Needs the `validate` extra and the `build` (and for releases `release`) dependency groups.
"""
