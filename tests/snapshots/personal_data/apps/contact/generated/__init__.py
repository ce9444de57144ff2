"""Generated from the genome's Contact entity; `copier update` rewrites this package.

Change behaviour in apps/contact/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
