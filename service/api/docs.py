"""Interactive API documentation at /docs that works offline: Swagger UI served from a package."""
from __future__ import annotations

from flask import Flask, abort, send_from_directory

ASSETS = "/docs/assets/"


def configure(app: Flask) -> None:
    """Point flask-smorest's Swagger UI page at assets this service serves itself."""
    app.config.setdefault("OPENAPI_SWAGGER_UI_PATH", "docs")
    app.config.setdefault("OPENAPI_SWAGGER_UI_URL", ASSETS)


def register_assets(app: Flask) -> None:
    """Serve the Swagger UI files from the swagger-ui-bundle package (no CDN)."""
    from swagger_ui_bundle import swagger_ui_path

    directory = str(swagger_ui_path)

    @app.route(ASSETS + "<path:filename>", endpoint="docs_assets")
    def docs_assets(filename: str):
        """One Swagger UI asset."""
        if filename.endswith(".map"):
            abort(404)
        return send_from_directory(directory, filename, max_age=86400)
