// The page's own jQuery, as old CMS themes have: collapsible sidebar panels.
$(function () {
  $('.accordion-title').on('click', function () {
    $(this).next('.accordion-body').slideToggle(150);
  });
});
