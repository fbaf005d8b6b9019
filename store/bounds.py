"""The documented bounds of the store (see docs/storage.md). Changing one is a product decision."""

from praatplaat.limits import MAX_LOGO_BYTES as MAX_FILE_BYTES
from praatplaat.limits import MAX_YAML_BYTES as MAX_TEXT_BYTES

__all__ = ["MAX_TEXT_BYTES", "MAX_FILE_BYTES"]

# --- workspaces ------------------------------------------------------------------------------
MAX_FILES = 8  # files (logos) per workspace
MAX_SETTINGS_BYTES = 16 * 1024  # JSON of a workspace's settings
MAX_WORKSPACES_PER_BROWSER = 50  # workspaces one browser may create (deleting frees a place)
RECENT_LIMIT = 50  # entries kept in a browser's recent list

# --- history (append-only revisions, pruned oldest first) -----------------------------------
KEEP_REVISIONS = 200  # newest revisions always kept per workspace
MAX_HISTORY_BYTES = 16 * 1024 * 1024  # beyond KEEP_MIN_REVISIONS, older revisions go when the total exceeds this
KEEP_MIN_REVISIONS = 20  # kept whatever their size
PRUNE_EVERY = 20  # pruning runs on every PRUNE_EVERY-th revision of a workspace

# --- retention (store/cleanup.py; what a person still uses is never removed) ----------------
UNLISTED_KEEP_DAYS = 30  # a workspace no browser lists goes this long after its last change (unless a room keeps it)
CLOSED_ROOM_KEEP_DAYS = 90  # a closed room, its participants and contributions go this long after closing
SHARE_KEEP_DAYS = 365  # a share link stops working when the text is unchanged and unopened this long
CLEANUP_EVERY_S = 3600  # the clean-up runs at most this often per process (open_store, touch)

# --- rooms (werksessies) ---------------------------------------------------------------------
CODE_LENGTH = 6
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
MAX_OPEN_ROOMS_PER_WORKSPACE = 3
MAX_PARTICIPANTS = 5000  # phones per room (a storage bound: one address can never reach it, see below)
MAX_PHONES_PER_ADDRESS = 1200  # phones per room joining from one network address (a venue's Wi-Fi: generous)
MAX_CONTRIBUTIONS_PER_PARTICIPANT = 60  # per room
RATE_CONTRIBUTIONS = (10, 60.0)  # at most 10 contributions per phone (participant) per 60 s
RATE_CONTRIBUTIONS_PER_ADDRESS = (2000, 60.0)  # at most 2,000 contributions per address per 60 s (all rooms)
RATE_WRONG_CODES = (8, 600.0)  # at most 8 wrong join codes per phone (device token) per 10 minutes
RATE_WRONG_CODES_PER_ADDRESS = (100, 600.0)  # at most 100 wrong join codes per network address per 10 minutes
RATE_JOINS = (20, 600.0)  # at most 20 joins per client per 10 minutes (the studio's own callers)
ACTIVE_S = 300  # a phone that opened the page or sent within this many seconds counts as active
MAX_NAME = 40  # participant first name
MAX_ROLE = 40
MAX_QUOTE = 600  # verhaal quote, voorstel text
MAX_REMARK = 300  # beoordeling remark, verhaal "who"
MAX_REF = 120  # principle/journey/step ids
VOTES = 3  # votes per participant (may go to one principle more than once)
