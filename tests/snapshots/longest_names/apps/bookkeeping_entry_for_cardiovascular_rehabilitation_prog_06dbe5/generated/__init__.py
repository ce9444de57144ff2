"""Generated from the genome's BookkeepingEntryForCardiovascularRehabilitationProgramsInCli entity; `copier update` rewrites this package.

Change behaviour in apps/bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
