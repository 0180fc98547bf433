// impact-brief serve: small improvements over plain forms; every page works without this file.
// On a question page, answers are saved as you type (a second after the last change), with the
// same form and checks as the Save button; the page says whether it was saved, in the words
// the page carries in its own language (the status element's data attributes).
(function () {
  "use strict";
  var form = document.getElementById("answer-form");
  if (!form || !window.fetch || !window.FormData) { return; }
  // A page that refused a save (the answer changed elsewhere, a text too long) waits for the Save
  // button: saving what is typed there is a choice to make with both versions in view.
  if (document.getElementById("form-error")) { return; }
  var status = form.querySelector(".autosave");
  var timer = null;
  function save() {
    var data = new URLSearchParams(new FormData(form));
    data.append("stay", "1");
    fetch(form.action, { method: "POST", body: data, credentials: "same-origin", redirect: "manual" })
      .then(function (response) {
        if (response.type === "opaqueredirect" || response.ok || response.status === 303) {
          status.textContent = status.getAttribute("data-saved");
          return fetch(window.location.pathname, { credentials: "same-origin" })
            .then(function (page) { return page.text(); })
            .then(function (html) {
              var match = html.match(/name="base" value="([0-9a-f]+)"/);
              if (match) { form.querySelector("input[name=base]").value = match[1]; }
            });
        }
        status.textContent = status.getAttribute("data-unsaved");
      })
      .catch(function () { status.textContent = status.getAttribute("data-offline"); });
  }
  function later() {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(save, 1000);
  }
  // Arrow keys move the choice of a group of levels as they move through it, so a level reached
  // by keyboard is saved only once focus leaves the group: reading the levels is not choosing
  // one. A click chooses at once.
  var clicked = 0;
  var waiting = null;
  form.addEventListener("pointerdown", function () { clicked = Date.now(); });
  form.addEventListener("input", function (event) {
    status.textContent = "";
    if (event.target.type === "radio" && Date.now() - clicked > 1000) {
      if (timer) { clearTimeout(timer); }
      waiting = event.target.name;
      return;
    }
    later();
  });
  form.addEventListener("focusout", function (event) {
    var next = event.relatedTarget;
    if (waiting && !(next && next.type === "radio" && next.name === waiting)) {
      waiting = null;
      later();
    }
  });
}());
