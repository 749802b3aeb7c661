from wagtail import hooks

from lms.documents.serving import web_server_response


# After Wagtail's own before_serve_document hooks (order 0), among them the collection privacy check: only a
# request that passed them is handed to nginx.
@hooks.register("before_serve_document", order=100)
def send_through_web_server(document, request):
    return web_server_response(document, request)
