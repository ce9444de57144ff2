"""Generated from the genome's Owner entity; `copier update` rewrites this package.

Change behaviour in apps/owner/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
