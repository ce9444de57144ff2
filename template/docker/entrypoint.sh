#!/bin/sh
# The image's entrypoint: wait for PostgreSQL, prepare the database and the static
# files, then run the container's command (gunicorn by default) in this process.
#
# Only the web container should migrate and collect static files: several workers
# migrating at once race each other, and a worker does not serve static files. So
# both steps are switches, on by default for web; docker-compose.yml turns them off
# for the Celery containers. With several web replicas, turn DJANGO_MIGRATE off
# everywhere and run `python manage.py migrate` once per release instead.
#   DJANGO_WAIT_FOR_DB_TIMEOUT  seconds to wait for the database (default 60)
#   DJANGO_MIGRATE              true|false: migrate --no-input (default true)
#   DJANGO_COLLECTSTATIC        true|false: collectstatic --no-input (default true)
set -eu

python manage.py wait_for_db --timeout "${DJANGO_WAIT_FOR_DB_TIMEOUT:-60}"
if [ "${DJANGO_MIGRATE:-true}" = "true" ]; then
    python manage.py migrate --no-input
fi
if [ "${DJANGO_COLLECTSTATIC:-true}" = "true" ]; then
    python manage.py collectstatic --no-input
fi
exec "$@"
