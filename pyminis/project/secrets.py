"""What looks like a secret (pure logic): key names, values, files.

Everything in a game package is public: anyone can unzip it. So a key that names a secret, a
private key, a credential file or a token of a known shape must never ship. Names are split
into words (any case, any separator: `clientSecret`, `CLIENT-SECRET`, `client.secret`,
`clientsecret`), so `tokenizer`, `secretary` and the public `clientKey` are not secrets.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# One word of a name that alone makes it a secret's name.
_SECRET_WORDS = frozenset({"secret", "secrets", "token", "tokens", "password", "passwords",
                           "passwd", "pwd", "passphrase", "credential", "credentials",
                           "privatekey", "apikey", "accesskey", "secretkey", "clientsecret",
                           "accesstoken", "refreshtoken", "authtoken", "idtoken", "bearer",
                           "apisecret", "appsecret", "sessiontoken", "signingkey",
                           "masterkey", "encryptionkey"})
# Two words that together name one (`private key`, `api key`, `access key`).
_SECRET_PAIRS = frozenset({("private", "key"), ("api", "key"), ("access", "key"),
                           ("secret", "key"), ("signing", "key"), ("master", "key"),
                           ("encryption", "key"), ("auth", "key"), ("app", "secret"),
                           ("client", "secret"), ("api", "secret")})

# Known shapes of live credentials (providers document these prefixes).
TOKEN_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a private key", re.compile(r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----")),
    ("an AWS access key id", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("a GitHub token", re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})")),
    ("a Slack token", re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}")),
    ("a Stripe secret key", re.compile(r"\b(?:sk|rk)_live_[0-9A-Za-z]{20,}")),
    ("a Google API key", re.compile(r"\bAIza[0-9A-Za-z_\-]{35}\b")),
    ("a Google OAuth client secret", re.compile(r"\bGOCSPX-[0-9A-Za-z_\-]{20,}")),
    ("an OpenAI API key", re.compile(r"\bsk-(?:proj-)?[A-Za-z0-9_\-]{32,}")),
    ("a SendGrid API key", re.compile(r"\bSG\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,}")),
    ("an npm token", re.compile(r"\bnpm_[A-Za-z0-9]{36}\b")),
    ("a JSON web token", re.compile(r"\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}")),
)

# Files that hold credentials by their name (lower case).
_CREDENTIAL_NAMES = frozenset({"id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", ".env",
                               "credentials.json", "credentials", ".npmrc", ".netrc", ".pgpass",
                               ".htpasswd", "htpasswd", "service-account.json",
                               "serviceaccount.json", "keystore.jks", ".git-credentials"})
_CREDENTIAL_SUFFIXES = (".pem", ".key", ".p12", ".pfx", ".jks", ".keystore", ".ppk", ".asc",
                        ".gpg", ".kdbx")
_CREDENTIAL_PATTERNS = (re.compile(r"^\.env(\..+)?$"), re.compile(r"^client_secret.*\.json$"),
                        re.compile(r"^.*service[-_]?account.*\.json$"))

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_ASSIGNED = re.compile(
    r"""["']?([A-Za-z_][\w.\-]*)["']?\s*[:=]\s*["']?([A-Za-z0-9+/_\-=.~]{16,})["']?""")


def words(name: str) -> list[str]:
    """`clientSecret` → ["client", "secret"]; `API_KEY` → ["api", "key"]."""
    return [w.lower() for w in _WORD.findall(name)]


def names_secret(name: str) -> bool:
    """True when a key or variable name names a secret, a token, a password, a private key
    or an API key (`client_secret`, `apiKey`, `X-Auth-Token`), and not a word that merely
    contains one (`tokenizer`, `secretary`, `clientKey`)."""
    parts = words(name)
    if any(part in _SECRET_WORDS for part in parts):
        return True
    return any(pair in _SECRET_PAIRS for pair in zip(parts, parts[1:]))


def entropy(text: str) -> float:
    """Shannon entropy in bits per character."""
    if not text:
        return 0.0
    counts: dict[str, int] = {}
    for char in text:
        counts[char] = counts.get(char, 0) + 1
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values())


def looks_random(value: str) -> bool:
    """A token-like string: long, no spaces, mixed characters, high entropy (not a word, a
    sentence, a path or a URL)."""
    text = value.strip()
    if len(text) < 16 or " " in text or "://" in text:
        return False
    classes = sum(bool(re.search(pattern, text)) for pattern in (r"[a-z]", r"[A-Z]", r"\d"))
    return classes >= 2 and entropy(text) >= 3.5


def token_shape(value: str) -> str | None:
    """What a value is when it has the shape of a known credential, else None."""
    for what, pattern in TOKEN_SHAPES:
        if pattern.search(value):
            return what
    return None


def credential_file(name: str) -> bool:
    """A file whose name says it holds credentials (`id_rsa`, `.env`, `key.pem`…)."""
    lower = name.lower()
    return (lower in _CREDENTIAL_NAMES or lower.endswith(_CREDENTIAL_SUFFIXES)
            or any(p.match(lower) for p in _CREDENTIAL_PATTERNS))


@dataclass(frozen=True)
class Leak:
    """A secret found in a text: its 1-based line and what it is."""

    line: int
    what: str


def text_leaks(text: str) -> list[Leak]:
    """Secrets in a text file of the package: known token shapes anywhere, and random-looking
    values assigned to a name that names a secret (`"api_key": "h7Gk…"`, `TOKEN=…`)."""
    found: list[Leak] = []
    for number, line in enumerate(text.splitlines(), 1):
        shape = token_shape(line)
        if shape is not None:
            found.append(Leak(number, shape))
            continue
        for match in _ASSIGNED.finditer(line):
            if names_secret(match.group(1)) and looks_random(match.group(2)):
                found.append(Leak(number, f"a secret value for {match.group(1)!r}"))
                break
    return found
