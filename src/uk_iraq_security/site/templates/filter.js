(function () {
  var box = document.getElementById("filter"), input = document.getElementById("filter-text");
  var count = document.getElementById("filter-count");
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.rows tbody tr"));
  if (!box || !input) { return; }
  box.hidden = false;
  input.addEventListener("input", function () {
    var q = input.value.trim().toLowerCase(), shown = 0;
    rows.forEach(function (row) {
      var hit = !q || row.textContent.toLowerCase().indexOf(q) !== -1;
      row.hidden = !hit;
      if (hit) { shown += 1; }
    });
    count.textContent = q ? shown + " of " + rows.length + " rows match" : "";
  });
}());
