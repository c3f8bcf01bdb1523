"""How much an import reads before it refuses a file: checked before the work, so refusing is quick."""

from __future__ import annotations

MAX_FILE_BYTES = 50 * 1024 * 1024
# Every part of an .xlsx is a zip member; the sizes it declares bound what decompressing can produce.
MAX_MEMBER_BYTES = 128 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024
# A member this large that shrank more than this is a decompression bomb, not a spreadsheet.
BOMB_MIN_BYTES = 8 * 1024 * 1024
BOMB_RATIO = 100
MAX_ROWS = 100_000
MAX_COLUMNS = 200
# Excel itself holds at most this many characters in a cell.
MAX_CELL_CHARS = 32_767
