// Admin text fields follow the direction of what is in them (dir="auto"): an Arabic title or
// translation is right-aligned and right to left, an English one left to right. Fields the
// translation editor renders later get it when they are focused.
(function () {
  "use strict";
  var selector = 'input[type="text"], input[type="search"], input:not([type]), textarea';
  function mark(field) {
    if (field.matches && field.matches(selector) && !field.hasAttribute("dir")) {
      field.setAttribute("dir", "auto");
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(selector).forEach(mark);
  });
  document.addEventListener("focusin", function (event) {
    mark(event.target);
  });
})();
