"""Generated from the genome's Country entity; `copier update` rewrites this package.

Change behaviour in apps/country/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
