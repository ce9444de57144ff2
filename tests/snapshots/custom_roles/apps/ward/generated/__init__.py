"""Generated from the genome's Ward entity; `copier update` rewrites this package.

Change behaviour in apps/ward/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
