// Shows the page's print button once scripts run (it does nothing without them) and prints on click.
document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
        window.print();
    });
});
