from django.apps import AppConfig


class BookkeepingEntryForCardiovascularRehabilitationProgramsInCliConfig(AppConfig):
    name = "apps.bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5"
    label = "bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5"
    verbose_name = (
        "Bookkeeping entry for cardiovascular rehabilitation programs in clis"
    )
