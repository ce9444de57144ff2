"""Generated from the genome's Note entity; `copier update` rewrites this package.

Change behaviour in apps/note/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
