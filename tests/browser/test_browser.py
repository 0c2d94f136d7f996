"""End to end in headless Chromium: the map, filters, an event's evidence, hostile reports inert."""

from __future__ import annotations

import pytest

from sample import XSS

pytestmark = pytest.mark.browser


def open_map(page, query: str = ""):
    page.goto("/" + query)
    page.wait_for_selector("#map[data-ready='1']", timeout=20_000)
    page.wait_for_selector("#timeline[data-ready='1']", timeout=20_000)


def test_map_shows_borders_events_presences_and_timeline(page, served):
    _, r = served
    open_map(page)
    assert page.locator("#map path.country").count() > 150
    assert page.locator("#map path.country[data-iso='ML']").count() == 1
    assert page.locator("#map circle.marker").count() == 4
    # the event known only by its country is a hollow marker, not a town dot
    country_only = page.locator(f"#map circle[data-id='{r['attacks'].events[1].id}']")
    assert "m-country" in country_only.get_attribute("class")
    assert country_only.evaluate("c => getComputedStyle(c).fill") == "none"
    town = page.locator(f"#map circle[data-id='{r['attacks'].events[0].id}']")
    assert "m-point" in town.get_attribute("class")
    assert page.locator("#map rect.p-square").count() >= 1  # fused presences as squares
    assert page.locator("#timeline rect.t-bar").count() == 4
    assert page.locator("#timeline rect.t-interval").count() == 4
    assert "4 events on the map" in page.locator("#map-status").inner_text()
    assert page.dialogs == []


def test_filters_change_the_markers(page):
    open_map(page)
    assert page.locator("#map circle.marker").count() == 4
    page.fill("#filters input[name=actor]", "Nusrat")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/?actor=Nusrat*")
    page.wait_for_selector("#map[data-ready='1']")
    assert page.locator("#map circle.marker").count() == 2
    page.select_option("#filters select[name=type]", "attack")
    page.fill("#filters input[name=actor]", "")
    page.fill("#filters input[name=since]", "2023-01-01")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**type=attack**")
    page.wait_for_selector("#map[data-ready='1']")
    assert page.locator("#map circle.marker").count() == 1  # the only attack from 2023 on
    assert page.locator("#timeline rect.t-bar").count() == 1


def test_open_an_event_and_see_its_evidence(page, served):
    _, r = served
    event = r["base"].events[0]
    open_map(page)
    page.locator(f"#map circle[data-id='{event.id}']").click()
    page.wait_for_url(f"**/events/{event.id}")
    evidence = page.locator("#evidence")
    assert evidence.inner_text().strip() == event.evidence.sentence
    marks = {m.get_attribute("data-kind"): m.inner_text() for m in evidence.locator("mark").all()}
    assert marks == {"actor": "Russian Armed Forces", "place": "Mopti Ambodedjo Airport", "timex": "October 2023",
                     "quantity": "about 300"}
    source = page.locator("p.source a[target=_blank]")
    assert source.get_attribute("href") == "https://sahel-observer.example/airfield"
    assert "airport name in the facility registry" in page.locator("dd.reasons").all_inner_texts()[1]
    page.click("p.source a[href^='/documents/']")
    page.wait_for_selector("#doc-text")
    assert page.locator("#doc-text .seg-caption").count() == 1
    assert page.locator("#doc-text .seg-boilerplate").count() == 1
    assert page.locator("#doc-text mark").count() == 4


def test_hostile_report_is_inert_in_the_browser(page, served):
    base, r = served
    doc, event = r["hostile"].document, r["hostile"].events[0]
    urls = ["/", f"/events/{event.id}", f"/documents/{doc.id}", "/events", "/documents", "/actors", "/places",
            "/search?q=gunmen", "/presence"]
    for url in urls:
        if url == "/":
            open_map(page)
        else:
            page.goto(url)
            page.wait_for_load_state("load")
        injected = page.evaluate(
            """() => ({
                ids: [...document.querySelectorAll('[id^=injected]')].map(e => e.id),
                imgs: document.querySelectorAll('img, iframe, object, embed').length,
                scripts: [...document.scripts].map(s => s.getAttribute('src')),
                handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name)),
                jsLinks: [...document.querySelectorAll('a')].map(a => a.getAttribute('href') || '').filter(h => /^\\s*javascript:/i.test(h)),
            })"""
        )
        assert injected == {"ids": [], "imgs": 0, "scripts": ["/static/footprint.js"], "handlers": [], "jsLinks": []}, url
    # the payloads are on the page as text the analyst can read
    page.goto(f"/documents/{doc.id}")
    assert XSS[0] in page.locator("#doc-text").inner_text()
    page.goto(f"/events/{event.id}")
    assert "javascript:alert('t7')" in page.locator("p.source").inner_text()
    assert page.locator("p.source a[target=_blank]").count() == 0  # never a link
    page.wait_for_timeout(300)  # give any stray handler a moment to fire
    assert page.dialogs == []


def test_a_script_from_a_report_is_blocked_even_if_inlined(page, served):
    """Defence in depth: the Content-Security-Policy alone stops inline script, and
    Trusted Types refuse even to put script text where it would run."""
    page.goto("/actors")
    fired = page.evaluate(
        """() => new Promise(resolve => {
            window.__ran = false;
            const s = document.createElement('script');
            let refused = false;
            try { s.textContent = 'window.__ran = true'; } catch (e) { refused = e instanceof TypeError; }
            if (refused) s.appendChild(document.createTextNode('window.__ran = true'));
            document.body.appendChild(s);
            setTimeout(() => resolve({ran: window.__ran, refused: refused}), 100);
        })"""
    )
    assert fired == {"ran": False, "refused": True}


def test_only_events_in_the_current_view(page, served):
    _, r = served
    open_map(page)
    # zoom in far on the Mopti airfield marker, then keep only what the view shows
    box = page.locator(f"#map circle[data-id='{r['base'].events[0].id}']").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(12):
        page.mouse.wheel(0, -120)
    page.click("#use-view")
    page.wait_for_url("**bbox=**")
    page.wait_for_selector("#map[data-ready='1']")
    assert page.locator("#map circle.marker").count() == 1


def test_hostile_filter_values_stay_in_their_fields(page, served):
    """Filter values travel into form fields, data- attributes and the API URLs the script fetches."""
    payload = '"><svg onload=alert(1) id=injected-f>'
    open_map(page, "?actor=" + payload.replace(" ", "%20").replace("#", "%23") + "&q=%3C%2Fscript%3E")
    assert page.locator("#filters input[name=actor]").input_value() == payload
    assert page.locator("#filters input[name=q]").input_value() == "</script>"
    assert page.locator("[id^=injected]").count() == 0
    assert page.locator("#map").get_attribute("data-src").startswith("/api/v1/map?")
    assert "0 events on the map" in page.locator("#map-status").inner_text()
    page.wait_for_timeout(200)
    assert page.dialogs == []


def test_map_tooltips_show_hostile_names_as_text(page, served):
    open_map(page)
    titles = page.evaluate("() => [...document.querySelectorAll('#map title')].map(t => t.textContent)")
    assert titles and all(isinstance(t, str) for t in titles)
    assert page.evaluate("() => document.querySelectorAll('#map title *').length") == 0  # text only, no elements
    squares = page.evaluate("() => [...document.querySelectorAll('#map rect.p-square title')].map(t => t.textContent)")
    hostile = [t for t in squares if "<svg" in t]
    if hostile:  # fusion made a presence of the hostile actor: its name is shown, literally
        assert "onload=alert('t3')" in hostile[0]
    assert page.locator("[id^=injected]").count() == 0 and page.dialogs == []


def test_the_add_form_posts_from_the_browser(page, served, monkeypatch):
    """The cross-site checks let the app's own form through (Origin from the browser, and the token)."""
    from footprint.serve import upload
    from footprint.store import AddOutcome

    calls = []

    class Report:
        outcomes, failures = [AddOutcome("abc123def456", "new", None, 2)], []
        languages: list[tuple[str, int]] = []  # as process.IngestReport: (language, events) per document

        def summary(self):
            return "1 new"

    def fake(store, inputs, *, settings=None, labels=None):
        calls.append(list(inputs))
        return Report()

    monkeypatch.setattr(upload, "ingest_function", lambda: fake)
    page.goto("/add")
    page.fill("input[name=url]", "https://news.example/report")
    page.click("form.add button[type=submit]")
    page.wait_for_selector("#add-result")
    assert "abc123def456" in page.locator("#add-result").inner_text()
    assert calls == [["https://news.example/report"]]
