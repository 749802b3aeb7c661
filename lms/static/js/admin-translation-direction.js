/* The translation editor's text boxes in the target language's direction (issue #13).
 *
 * wagtail-localize's editor (a React app) lays out every box in the admin's direction, so an Arabic
 * translation was typed left to right. Our override of its template names the target language on the
 * editor (data-target-lang, data-target-dir); this script gives each text box that language and
 * direction, also to boxes the editor adds later (one opens when a segment is edited). The source
 * texts keep their own direction. A static file: the admin's policy allows no inline script of ours.
 */
(function () {
  "use strict";

  var BOXES = "textarea, input[type=text], input:not([type])";

  function apply(editor) {
    var dir = editor.getAttribute("data-target-dir");
    var lang = editor.getAttribute("data-target-lang");
    editor.querySelectorAll(BOXES).forEach(function (box) {
      if (box.getAttribute("dir") !== dir) {
        box.setAttribute("dir", dir);
        box.setAttribute("lang", lang);
      }
    });
  }

  function watch() {
    document.querySelectorAll(".js-translation-editor[data-target-dir]").forEach(function (editor) {
      apply(editor);
      new MutationObserver(function () {
        apply(editor);
      }).observe(editor, { childList: true, subtree: true });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watch);
  } else {
    watch();
  }
})();
