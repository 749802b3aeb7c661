"""The benchmarks' timing harness (tests/benchmarks/timing.py) measures what production runs.

Here, not under tests/benchmarks, so that the suite `make test` runs keeps it honest.
"""

from django.template import Context, Template
from django.test.signals import template_rendered

from tests.benchmarks.timing import production_rendering


def _signals_sent(render) -> int:
    sent = []

    def receiver(**kwargs):
        sent.append(kwargs["template"])

    template_rendered.connect(receiver)
    try:
        render()
    finally:
        template_rendered.disconnect(receiver)
    return len(sent)


def test_templates_render_without_the_test_instrumentation_while_timed_and_with_it_again_after():
    template = Template("{% for item in items %}{% include 'includes/pagination.html' %}{% endfor %}")

    def render():
        return template.render(Context({"items": [1, 2, 3]}))

    assert _signals_sent(render) > 0  # the test environment instruments every template
    with production_rendering():
        assert _signals_sent(render) == 0
        rendered = render()
    assert _signals_sent(render) > 0
    assert render() == rendered
