"""In Chromium, an e-mail address inside an Arabic message reads left to right as one unit.

The message "Confirmation email sent to …" (allauth's, shown after signing up) holds the address in an
Arabic sentence. Unisolated, the address joined the sentence's right-to-left order: on a phone it broke
after "walk-" and its end showed as ".31893@example.org" on the next line. Each character's box is
measured with a DOM Range: the address must stay on one line, its characters left to right in order.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

EMAIL = "walk-31893@example.org"

CHARACTER_BOXES = """
([email]) => {
  const item = document.querySelector(".messages .message");
  const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
  let text = "", nodes = [];
  while (walker.nextNode()) { nodes.push([walker.currentNode, text.length]); text += walker.currentNode.data; }
  const start = text.indexOf(email);
  if (start < 0) return null;
  const boxes = [];
  for (let i = start; i < start + email.length; i++) {
    const [node, offset] = nodes.filter(([n, o]) => o <= i).pop();
    const range = document.createRange();
    range.setStart(node, i - offset);
    range.setEnd(node, i - offset + 1);
    const rect = range.getBoundingClientRect();
    boxes.push({character: text[i], left: rect.left, right: rect.right, top: rect.top});
  }
  return boxes;
}
"""


def test_confirmation_message_shows_the_address_left_to_right_on_one_line(page, live_server, screenshot_dir):
    page.goto(f"{live_server.url}/accounts/signup/")
    page.fill("input[name=full_name]", "سلمى الحسيني")
    page.fill("input[name=email]", EMAIL)
    page.fill("input[name=password1]", "a-long-pass-2026-walk")
    page.fill("input[name=password2]", "a-long-pass-2026-walk")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    message = page.locator(".messages .message").first
    expect(message).to_contain_text(EMAIL)
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    message.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / "bidi-confirmation-message-ar.png"))

    boxes = page.evaluate(CHARACTER_BOXES, [EMAIL])
    assert boxes is not None, message.inner_text()
    assert "".join(box["character"] for box in boxes) == EMAIL
    assert len({round(box["top"]) for box in boxes}) == 1, "the address is split over two lines"
    lefts = [box["left"] for box in boxes]
    assert lefts == sorted(lefts), "the address's characters are not in left-to-right order"
    assert boxes[0]["left"] < boxes[-1]["left"]
