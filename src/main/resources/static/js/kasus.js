/* Kasus: small page helpers. Every page works without this script; it only improves focus and partial updates. */
(function () {
  'use strict';

  // After a page load with errors or a result, move focus there so screen readers and keyboards start at it.
  document.addEventListener('DOMContentLoaded', function () {
    var target = document.querySelector('[data-autofocus]');
    if (target) {
      if (!target.hasAttribute('tabindex') && !/^(INPUT|TEXTAREA|SELECT|BUTTON|A)$/.test(target.tagName)) {
        target.setAttribute('tabindex', '-1');
      }
      var details = target.closest('details');
      if (details) { details.open = true; }
      target.focus();
    }
    // Links in an error summary move focus to the field, not only scroll to it.
    document.addEventListener('click', function (event) {
      var link = event.target.closest('.error-summary a[href^="#"]');
      if (!link) { return; }
      var field = document.getElementById(link.getAttribute('href').slice(1));
      if (field) {
        event.preventDefault();
        field.focus();
        field.scrollIntoView({ block: 'center' });
      }
    });
  });

  // htmx (inbox): keep focus in the row that was acted on, and show refusals instead of swapping nothing.
  var lastTaskId = null;
  document.addEventListener('htmx:beforeRequest', function (event) {
    var row = event.target.closest('[data-task-id]');
    lastTaskId = row ? row.getAttribute('data-task-id') : null;
  });
  document.addEventListener('htmx:afterSettle', function () {
    var message = document.getElementById('inbox-message');
    var row = lastTaskId && document.querySelector('[data-task-id="' + lastTaskId + '"]');
    var button = row && row.querySelector('button');
    if (message) { message.classList.remove('flash--error'); }
    if (button) { button.focus(); } else if (message) { message.focus(); }
  });
  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    if (xhr.status < 400) { return; }
    event.detail.shouldSwap = false;
    event.detail.isError = false;
    var text = 'Det gick inte att genomföra. Ladda om sidan och försök igen.';
    try {
      var page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
      var heading = page.querySelector('.error-page__heading');
      var detail = page.querySelector('.error-page__detail');
      if (detail || heading) { text = (detail || heading).textContent.trim(); }
    } catch (e) { /* keep the generic text */ }
    showMessage(text);
    refreshInbox(); // someone else got there first: show the inbox as it is now
  });
  document.addEventListener('htmx:sendError', function () {
    showMessage('Servern svarar inte. Kontrollera nätverket och försök igen.');
  });

  function refreshInbox() {
    var current = document.getElementById('inbox');
    if (!current || !window.fetch) { return; }
    fetch(window.location.pathname, { credentials: 'same-origin' }).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      var fresh = html && new DOMParser().parseFromString(html, 'text/html').getElementById('inbox');
      if (fresh) {
        current.replaceWith(fresh);
        if (window.htmx) { window.htmx.process(fresh); }
      }
    }).catch(function () { /* the message already says what happened */ });
  }

  function showMessage(text) {
    var message = document.getElementById('inbox-message');
    if (!message) { return; }
    message.textContent = text;
    message.classList.add('flash--error');
    message.focus();
  }
})();
