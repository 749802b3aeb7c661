// The city list on the profile and sign-up forms (courses/cities/profile_city.py): a filter box above
// it, and only the cities of the country chosen in the same form. Without this script the full list,
// grouped by country, still works, and the server refuses a city of another country.
(function () {
  "use strict";

  function setUp(select) {
    var country = select.form ? select.form.elements.namedItem("country") : null;
    // Each country's group and its options, as the server sent them, to rebuild the list from.
    var groups = Array.prototype.map.call(select.querySelectorAll("optgroup"), function (group) {
      return { element: group, options: Array.prototype.slice.call(group.querySelectorAll("option")) };
    });

    var box = document.createElement("input");
    box.type = "search";
    box.id = select.id + "-filter";
    box.autocomplete = "off";
    box.setAttribute("aria-controls", select.id);
    var label = document.createElement("label");
    label.htmlFor = box.id;
    label.textContent = select.dataset.filterLabel;
    select.parentNode.insertBefore(label, select);
    select.parentNode.insertBefore(box, select);

    function apply() {
      var code = country ? country.value : "";
      var words = box.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      var selected = select.value;
      var notListed = select.querySelector("option[value=not_listed]");
      groups.forEach(function (group) {
        group.options.forEach(function (option) {
          var shown = option.value === selected || (
            (!code || option.dataset.country === code) &&
            words.every(function (word) { return option.dataset.names.indexOf(word) !== -1; })
          );
          if (shown) group.element.appendChild(option);
          else if (option.parentNode) option.parentNode.removeChild(option);
        });
        if (group.element.children.length) select.insertBefore(group.element, notListed);
        else if (group.element.parentNode) group.element.parentNode.removeChild(group.element);
      });
      select.value = selected;
    }

    box.addEventListener("input", apply);
    if (country) country.addEventListener("change", apply);
    apply();
  }

  Array.prototype.forEach.call(document.querySelectorAll("select[data-city-choice]"), setUp);
})();
