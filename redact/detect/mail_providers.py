"""Domains of public mail providers, where anyone may open an address: no unit, committee or company owns them.

A one-word mailbox on such a domain ("skogsmulle@gmail.com", "stugan@telia.com") is a private person's whatever
else the text holds: the shared box rules of ``email`` (a unit's box beside its staff's "first.last" addresses, a
company's or a committee's box on its own domain) read the domain as the owner's, which a provider's is not.
The list is the well-known consumer providers and Swedish internet service providers (from their own public
sign-up pages' domains), written from general knowledge; no address of anyone was read to make it.
"""

from __future__ import annotations

PROVIDERS = frozenset({
    # international webmail
    "gmail.com", "googlemail.com", "hotmail.com", "hotmail.se", "hotmail.co.uk", "hotmail.de", "hotmail.fr",
    "outlook.com", "outlook.se", "live.com", "live.se", "msn.com", "yahoo.com", "yahoo.se", "yahoo.co.uk",
    "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "protonmail.com", "proton.me", "pm.me", "gmx.com",
    "gmx.de", "gmx.net", "web.de", "mail.com", "tutanota.com", "tuta.io", "zoho.com", "yandex.com", "yandex.ru",
    "mail.ru", "fastmail.com",
    # Swedish internet service providers' addresses
    "telia.com", "telia.se", "bredband.net", "bredband2.com", "comhem.se", "spray.se", "tele2.se", "passagen.se",
    "bahnhof.se", "glocalnet.net", "swipnet.se", "home.se", "utfors.se", "ownit.se", "tyfon.se", "telenor.se",
    # neighbouring countries' and common European providers
    "online.no", "outlook.dk", "jubii.dk", "suomi24.fi", "luukku.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl",
    "seznam.cz", "libero.it", "orange.fr", "free.fr", "laposte.net", "t-online.de", "btinternet.com",
})


def public_provider(domain: str) -> bool:
    """True for a public mail provider's domain or a subdomain of one ("gmail.com", "post.utfors.se")."""
    low = domain.lower().strip().rstrip(".")
    return any(low == d or low.endswith("." + d) for d in PROVIDERS)
