"""The crawl's answers: no 5xx, no broken internal link, no redirect chain."""

from . import Result


def check_links(ctx) -> list[Result]:
    crawl, client = ctx.crawl, ctx.client
    errors, broken, chains = (
        Result("crawl: no 5xx"),
        Result("crawl: no broken internal link"),
        Result("crawl: no redirect chain"),
    )
    for answer in crawl.pages:
        path = client.path(answer.url)
        sources = sorted(client.path(s) for s in crawl.referrers.get(answer.url, ()) if s != answer.url)
        linked_from = f" (linked from {', '.join(sources[:3])}{' …' if len(sources) > 3 else ''})" if sources else ""
        for result in (errors, broken, chains):
            result.checked += 1
        if answer.status >= 500 or answer.final_status and answer.final_status >= 500:
            errors.fail(f"{path}: HTTP {answer.final_status or answer.status}{linked_from}")
        elif answer.final_status >= 400 or answer.final_status == 0:
            via = f" after redirect to {client.path(answer.final_url)}" if answer.chain else ""
            broken.fail(f"{path}: HTTP {answer.final_status}{via}{linked_from}")
        if len(answer.chain) > 1:
            hops = " → ".join(f"{client.path(url)} ({status})" for url, status in answer.chain)
            chains.fail(f"{path}: {len(answer.chain)} redirects: {hops}{linked_from}")
    if crawl.truncated:
        broken.fail(f"crawl stopped at {len(crawl.pages)} URLs: raise MAX_URLS in crawl.py or find the URL explosion")
    return [errors, broken, chains]
