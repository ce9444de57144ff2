"""Generated from the genome's Person entity; `copier update` rewrites this package.

Change behaviour in apps/person/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
