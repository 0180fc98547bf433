// impact-brief serve: small improvements over plain forms; every page works without this file.
// On a question page, answers are saved as you type (a second after the last change), with the
// same form and checks as the Save button; the page says whether it was saved, in the words
// the page carries in its own language (the status element's data attributes).
// A page shown again after a refused form: its message takes the focus (`autofocus`, so that a
// screen reader reads it at once, as a role="alert" already in a new page is not reliably
// announced), and the page's title says that nothing was saved, in the page's own words (the
// body's data attribute).
(function () {
  "use strict";
  var alert = document.querySelector("[data-refused]");
  if (!alert) { return; }
  // Again once the page has loaded: the browser gives the focus back to the page itself then.
  function take() { if (document.activeElement === document.body) { alert.focus(); } }
  take();
  window.addEventListener("load", function () { window.setTimeout(take, 0); });
  var prefix = document.body.getAttribute("data-error-title");
  if (prefix && document.title.indexOf(prefix) !== 0) { document.title = prefix + " " + document.title; }
})();

(function () {
  "use strict";
  var form = document.getElementById("answer-form");
  if (!form || !window.fetch || !window.FormData || !window.URLSearchParams) { return; }
  // A page that refused a save (the answer changed elsewhere, a text too long) waits for the Save
  // button: saving what is typed there is a choice to make with both versions in view.
  if (document.getElementById("form-error")) { return; }
  var status = form.querySelector(".autosave");
  var timer = null;
  // Changes typed, and how many of them the file holds: more typed than saved is unsaved work.
  var edits = 0;
  var saved = 0;
  // The last save failed (refused, or impact-brief stopped): leaving would lose what is typed.
  var failed = false;
  // The form's base is what the file held when the page was opened, field by field; the server
  // merges a save with changes made elsewhere by it. After a save, what was sent is what the file
  // holds for every field this page changed, so it becomes the base: a field changed since in
  // another tab, and left alone here, then keeps the other tab's value.
  function rebase(sent) {
    var old = form.querySelectorAll("input[type=hidden][name^='base-']");
    for (var i = old.length - 1; i >= 0; i -= 1) { old[i].parentNode.removeChild(old[i]); }
    function add(name, value) {
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = value;
      form.appendChild(input);
    }
    ["choice", "finding", "provisions", "rationale", "evidence", "recommendation"].forEach(function (name) {
      add("base-" + name, sent.get(name) || "");
    });
    if (form.elements.namedItem("advice_under")) { add("base-advice_under", sent.get("advice_under") || ""); }
    sent.getAll("mechanism").forEach(function (value) { add("base-mechanism", value); });
  }
  // `leaving`: the page is going away; the request is sent so that it outlives the page.
  function save(leaving) {
    if (timer) { clearTimeout(timer); timer = null; }
    var sent = new URLSearchParams(new FormData(form));
    sent.append("stay", "1");
    var upTo = edits;
    return fetch(form.action, {
      method: "POST", body: sent, credentials: "same-origin", redirect: "manual", keepalive: !!leaving
    })
      .then(function (response) {
        if (response.type === "opaqueredirect" || response.ok || response.status === 303) {
          failed = false;
          saved = Math.max(saved, upTo);
          rebase(sent);
          status.textContent = status.getAttribute("data-saved");
          return;
        }
        failed = true;
        status.textContent = status.getAttribute("data-unsaved");
      })
      .catch(function () {
        failed = true;
        status.textContent = status.getAttribute("data-offline");
      });
  }
  function later() {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(function () { save(false); }, 1000);
  }
  // Arrow keys move the choice of a group of levels as they move through it, so a level reached
  // by keyboard is saved only once focus leaves the group: reading the levels is not choosing
  // one. A click chooses at once.
  var clicked = 0;
  var waiting = null;
  form.addEventListener("pointerdown", function () { clicked = Date.now(); });
  form.addEventListener("input", function (event) {
    status.textContent = "";
    edits += 1;
    if (event.target.type === "radio" && Date.now() - clicked > 1000) {
      if (timer) { clearTimeout(timer); timer = null; }
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
  // The Save button sends the form itself: an autosave still waiting would send it a second
  // time, racing it.
  form.addEventListener("submit", function () {
    if (timer) { clearTimeout(timer); timer = null; }
    edits = saved;
    failed = false;
  });
  // Leaving the page (or hiding it, which on a phone may be the last chance) within the second
  // after a change: what is typed is sent at once rather than lost with the timer.
  function flush() {
    if (timer) { save(true); }
  }
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") { flush(); }
  });
  // Asked only when what is typed could not be saved: a page that saves as you type has nothing
  // to lose otherwise.
  window.addEventListener("beforeunload", function (event) {
    if (failed && edits > saved) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
}());
