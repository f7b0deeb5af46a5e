/*
 * Keyboard and screen readers: a file field that the widget hides from screen readers (its own
 * "choose" button takes the focus instead) is kept out of the tab order too, so no one tabs onto
 * something they cannot hear. Run on load and after every partial page update.
 */
(function () {
    'use strict';

    function hideHiddenFileInputs() {
        var inputs = document.querySelectorAll('input[type=file][aria-hidden="true"]');
        for (var i = 0; i < inputs.length; i++) {
            inputs[i].tabIndex = -1;
        }
    }

    window.addEventListener('load', hideHiddenFileInputs);
    document.addEventListener('pfAjaxComplete', hideHiddenFileInputs);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', hideHiddenFileInputs);
    }
})();
