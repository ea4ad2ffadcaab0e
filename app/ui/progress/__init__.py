"""The Progress page's widgets: the range selector's words, the charts with their tables, and
the insights in words. The numbers come from app/domain/progress/ (read by
app/services/progress/); nothing here is imported before the page is first opened."""
