"""Generated from the genome's Team entity; `copier update` rewrites this package.

Change behaviour in apps/team/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
