"""Drives newskg serve's page in headless Chromium (Selenium, Debian's chromedriver) and checks
what a reader sees: the timeline's events in order, a chosen event's highlighted source
sentence, the actor-event graph, the question form's forces-left answer, and that the keyboard
reaches every control. Writes screenshots. Run by tests/browser.rs, which starts the server on
a store holding the example articles.

usage: check_page.py URL OUT_DIR README_PNG [--bless]

Prints one line per check; exits non-zero with the reason on the first failure.
"""

import json
import shutil
import sys
import tempfile

from PIL import Image, ImageChops
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

# The example Niger article's events as the timeline must list them, in order: the coup the
# text dates (July 2023) first, then the undated ones by tense and by where the article tells
# them. (type, agent or None, status) as each mark's accessible name gives them.
EXPECTED_NIGER = [
    ("Coup", "Niger", "completed"),
    ("Meeting", None, "completed"),
    ("Demand", "Niger", "completed"),
    ("Withdrawal", "France", "completed"),
    ("Arrival", "Russia", "completed"),
    ("Demand", "Niger", "completed"),
    ("Withdrawal", "United States", "planned"),
]

# The window every screenshot is taken in (the README's is compared at this size).
WINDOW = (1280, 1600)


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)
    print("ok: " + msg)


def browser(profile):
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for flag in [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--font-render-hinting=none",
        "--user-data-dir=" + profile,
        "--window-size=%d,%d" % WINDOW,
    ]:
        opts.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


def parse_label(label):
    """'Withdrawal by France — undated (“December”) — completed' → (type, agent, status)."""
    parts = label.split(" — ")
    head, status = parts[0], parts[-1]
    if " by " in head:
        kind, agent = head.split(" by ", 1)
    else:
        kind, agent = head, None
    return (kind, agent, status)


def timeline(d, wait):
    drawn = lambda d: d.find_element(By.ID, "timeline-status").text.endswith(" events")
    # The page draws the country with the most events first; then the reader picks Niger.
    wait.until(drawn)
    Select(d.find_element(By.ID, "country")).select_by_value("Q1032")
    d.find_element(By.ID, "timeline-show").click()
    wait.until(drawn)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, '#timeline svg[aria-label="Timeline of Niger"] .mark'))
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, '#graph svg[aria-label^="Niger"]'))
    marks = d.find_elements(By.CSS_SELECTOR, "#timeline .mark")
    got = [parse_label(m.get_attribute("aria-label")) for m in marks]
    check(got == EXPECTED_NIGER, "the Niger timeline lists its %d events in order (got %s)" % (len(EXPECTED_NIGER), got))
    ids = [m.get_attribute("id") for m in marks]
    check(ids == ["ev-%d" % (i + 1) for i in range(len(marks))], "marks are drawn in their order")
    dated = [m.get_attribute("aria-label") for m in marks if m.get_attribute("data-placement") == "dated"]
    check(dated == ["Coup by Niger — 2023-07-01 — completed"], "the coup the text dates is placed by its date (%s)" % dated)
    statuses = {m.get_attribute("data-status") for m in marks}
    check({"Completed", "Planned"} <= statuses, "marks carry their status")
    return marks


def choose(d, wait, marks):
    france = next(m for m in marks if "Withdrawal by France" in m.get_attribute("aria-label"))
    france.click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#claims blockquote.sentence")))
    sentence = d.find_element(By.CSS_SELECTOR, "#claims blockquote.sentence")
    check(
        sentence.text.startswith("French forces completed their departure from Niger in December"),
        "choosing an event shows its source sentence",
    )
    marked = {m.get_attribute("data-role"): m.text for m in sentence.find_elements(By.CSS_SELECTOR, "mark")}
    check(marked.get("trigger") == "departure", "the trigger is highlighted by its offsets (%s)" % marked)
    check(marked.get("force") == "French forces", "the force is highlighted (%s)" % marked)
    check(marked.get("origin") == "Niger", "the place left is highlighted (%s)" % marked)
    check(france.get_attribute("aria-pressed") == "true", "the chosen mark says so")
    source = d.find_element(By.CSS_SELECTOR, "#claims .source").text
    check("sentence 5 of" in source and "completed" in source, "the claim names its sentence and status (%s)" % source)


def article(d, wait):
    link = d.find_element(By.CSS_SELECTOR, "#claims a.article-link")
    link.click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "mark#claim")))
    marked = d.find_element(By.CSS_SELECTOR, "mark#claim").text
    check(
        marked == "French forces completed their departure from Niger in December, months after the generals demanded that they go.",
        "the claim's link opens its article with the sentence marked (%r)" % marked,
    )


def graph(d, wait):
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#graph svg .actor")))
    actors = d.find_elements(By.CSS_SELECTOR, "#graph svg .actor")
    names = " | ".join(a.get_attribute("textContent") for a in actors)
    check(len(d.find_elements(By.CSS_SELECTOR, "#graph svg .event")) == len(EXPECTED_NIGER), "the graph joins the timeline's events")
    links = [a.get_dom_attribute("href") for a in d.find_elements(By.CSS_SELECTOR, "#graph svg a.actor")]
    check(any(h and h.endswith("/wiki/Q142") for h in links), "France links to Wikidata (%s)" % names)
    check(len(d.find_elements(By.CSS_SELECTOR, "#graph svg .edge")) >= len(EXPECTED_NIGER), "roles join actors to events")


def question(d, wait):
    Select(d.find_element(By.ID, "question")).select_by_value("forces-left")
    country = d.find_element(By.ID, "param-country")
    country.clear()
    country.send_keys("Niger")
    Select(d.find_element(By.ID, "param-after")).select_by_value("Coup")
    d.find_element(By.ID, "question-ask").click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#question-result table")))
    cells = [c.text for c in d.find_elements(By.CSS_SELECTOR, "#question-result td")]
    check("France" in cells and "United States" in cells, "the question form answers forces-left: %s" % cells)


def keyboard(d, wait):
    # A mark chosen from the keyboard: focus it, press Enter; its claims' links join the
    # controls Tab must reach.
    arrival = next(m for m in d.find_elements(By.CSS_SELECTOR, "#timeline .mark") if "Arrival by Russia" in m.get_attribute("aria-label"))
    d.execute_script("arguments[0].focus()", arrival)
    d.switch_to.active_element.send_keys(Keys.ENTER)
    wait.until(lambda d: "Russian military advisers arrived" in d.find_element(By.ID, "claims").text)
    print("ok: Enter on a focused mark shows its claims")
    controls = d.execute_script(
        """
        const sel = 'a[href], button, select, input, textarea, [tabindex="0"]';
        return [...document.querySelectorAll(sel)]
          .filter((e) => e.getClientRects().length > 0 && !e.disabled)
          .map((e, i) => { e.dataset.k = 'k' + i; return e.dataset.k; });
        """
    )
    check(
        d.find_elements(By.CSS_SELECTOR, "#claims a.article-link[data-k]"),
        "the chosen event's article link is among the controls",
    )
    d.execute_script("document.activeElement.blur(); window.scrollTo(0, 0);")
    body = d.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    reached = []
    for _ in range(len(controls) * 3 + 20):
        k = d.execute_script("return document.activeElement && document.activeElement.dataset.k || null")
        if k is not None:
            if reached and k == reached[0]:
                break
            reached.append(k)
        d.switch_to.active_element.send_keys(Keys.TAB)
    missing = sorted(set(controls) - set(reached), key=lambda k: int(k[1:]))
    described = [
        d.execute_script("const e = document.querySelector('[data-k=\"%s\"]'); return e.outerHTML.slice(0, 90);" % k)
        for k in missing
    ]
    check(not missing, "Tab reaches all %d controls (missed: %s)" % (len(controls), described))


def screenshots(d, out, readme_png, bless):
    d.execute_script("window.scrollTo(0, 0)")
    page = out + "/page.png"
    d.save_screenshot(page)
    part = d.find_element(By.ID, "timeline-part")
    shot = out + "/timeline.png"
    part.screenshot(shot)
    print("ok: screenshots written: %s, %s" % (page, shot))
    if bless:
        Image.open(shot).save(readme_png)
        print("ok: blessed %s" % readme_png)
        return
    now, readme = Image.open(shot).convert("RGB"), Image.open(readme_png).convert("RGB")
    check(now.size == readme.size, "the README's screenshot has the size this build draws (%s vs %s)" % (readme.size, now.size))
    diff = ImageChops.difference(now, readme)
    r, g, b = diff.split()
    most = ImageChops.lighter(ImageChops.lighter(r, g), b)
    changed = sum(most.histogram()[41:])
    share = changed / (now.size[0] * now.size[1])
    check(share < 0.002, "the README's screenshot is what this build draws (%.4f%% of pixels differ)" % (100 * share))


def main():
    url, out, readme_png = sys.argv[1], sys.argv[2], sys.argv[3]
    bless = "--bless" in sys.argv[4:]
    # The browser's profile lives in a directory removed with the browser.
    profile = tempfile.mkdtemp(prefix="newskg-chromium-")
    d = browser(profile)
    try:
        d.get(url)
        wait = WebDriverWait(d, 30)
        marks = timeline(d, wait)
        graph(d, wait)
        keyboard(d, wait)
        choose(d, wait, marks)
        screenshots(d, out, readme_png, bless)
        question(d, wait)
        d.save_screenshot(out + "/question.png")
        article(d, wait)
        print(json.dumps({"checked": True}))
    finally:
        d.quit()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
