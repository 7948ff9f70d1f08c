// Claimtrail editor: pick a span in the claim excerpt with the mouse (or
// keyboard selection) and copy its offsets into the edit form. Loaded as a
// file from /static (the CSP allows no inline scripts); the form works
// without it.
(function () {
  'use strict';
  var excerpt = document.querySelector('.excerpt[data-offsets]');
  var picker = document.querySelector('.span-picker');
  var form = document.querySelector('form.claim-form');
  if (!excerpt || !picker || !form) return;

  var status = picker.querySelector('.span-picker__selection');
  var current = null;

  /** UTF-16 offset in the article text of a point inside the excerpt, or null. */
  function offsetOf(node, offset) {
    var element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    var segment = element && element.closest('[data-start]');
    if (!segment || !excerpt.contains(segment)) return null;
    if (node.nodeType !== Node.TEXT_NODE) offset = offset > 0 ? segment.textContent.length : 0;
    return Number(segment.getAttribute('data-start')) + offset;
  }

  function update() {
    var selection = window.getSelection();
    current = null;
    if (selection && selection.rangeCount > 0 && !selection.isCollapsed) {
      var range = selection.getRangeAt(0);
      var start = offsetOf(range.startContainer, range.startOffset);
      var end = offsetOf(range.endContainer, range.endOffset);
      if (start !== null && end !== null && end > start) current = { start: start, end: end, text: selection.toString() };
    }
    picker.hidden = false;
    picker.classList.toggle('span-picker--active', current !== null);
    status.textContent = current ? '“' + current.text + '” (' + current.start + '–' + current.end + ')' : 'Select words in the excerpt above to use them as a span.';
    picker.querySelectorAll('button').forEach(function (button) { button.disabled = current === null; });
  }

  picker.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-field]');
    if (!button || !current) return;
    var field = button.getAttribute('data-field');
    var startName = field === 'content' ? 'start' : field + 'Start';
    var endName = field === 'content' ? 'end' : field + 'End';
    form.elements[startName].value = String(current.start);
    form.elements[endName].value = String(current.end);
    form.elements[startName].focus();
  });
  document.addEventListener('selectionchange', update);
  update();
})();
