"""Generated from the genome's Report entity; `copier update` rewrites this package.

Change behaviour in apps/report/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
