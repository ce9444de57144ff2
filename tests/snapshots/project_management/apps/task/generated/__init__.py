"""Generated from the genome's Task entity; `copier update` rewrites this package.

Change behaviour in apps/task/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
