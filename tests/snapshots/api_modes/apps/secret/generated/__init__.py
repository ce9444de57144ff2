"""Generated from the genome's Secret entity; `copier update` rewrites this package.

Change behaviour in apps/secret/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
