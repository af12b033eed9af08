"""The WSGI application gunicorn serves: ``gunicorn service.wsgi:app``."""
from service import create_app
from service.extract.places import get_gazetteer

# Loaded before gunicorn forks its workers, so they share the gazetteer's pages.
get_gazetteer()
app = create_app()
