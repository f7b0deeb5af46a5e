/*
 * Forms that carry data-max-bytes refuse a chosen file over that size before anything is sent,
 * and show the form's own message (rendered by the server in the reader's language). The server
 * checks the same limit again; this only spares the wait for a file that would be refused anyway.
 */
(function () {
    'use strict';

    function tooLarge(form) {
        var max = Number(form.getAttribute('data-max-bytes'));
        var inputs = form.querySelectorAll('input[type=file]');
        for (var i = 0; i < inputs.length; i++) {
            var files = inputs[i].files || [];
            for (var j = 0; j < files.length; j++) {
                if (files[j].size > max) {
                    return true;
                }
            }
        }
        return false;
    }

    function check(event, form) {
        if (!form || !form.hasAttribute('data-max-bytes')) {
            return;
        }
        var message = form.querySelector('[data-upload-too-large]');
        if (tooLarge(form)) {
            event.preventDefault();
            event.stopImmediatePropagation();
            if (message) {
                message.hidden = false;
                message.focus();
            }
        } else if (message) {
            message.hidden = true;
        }
    }

    // Capture phase: before any other handler starts sending the form.
    document.addEventListener('submit', function (event) {
        check(event, event.target);
    }, true);
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('button[type=submit], input[type=submit]') : null;
        if (button) {
            check(event, button.form);
        }
    }, true);
    document.addEventListener('change', function (event) {
        var input = event.target;
        if (input.type === 'file' && input.form && input.form.hasAttribute('data-max-bytes')) {
            var message = input.form.querySelector('[data-upload-too-large]');
            if (message) {
                message.hidden = !tooLarge(input.form);
            }
        }
    }, true);
})();
