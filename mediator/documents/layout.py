"""Page layout: A4 in the spirit of GB/T 9704-2012, blocks of a template to flowables.

* Text area 156 mm x 225 mm: top margin 37 mm, left 28 mm (binding side),
  22 lines of 三号 (16 pt) type at 28 pt leading.
* Titles 二号 (22 pt), bold. CJK TrueType fonts have no bold face, so bold
  is drawn with text render mode 2 (fill and stroke), which keeps the text
  layer single (no doubled characters when the PDF is searched).
* Tables 小四 (12 pt) by default, 四号 (14 pt) on request, grid 0.5 pt; a
  table split over pages repeats its header row.
* Footer on every page: case number, ``第 x 页 共 y 页`` and the
  verification code (a canvas that numbers pages after the last one).
* Optionally a signature strip at the foot of every page (session records).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from mediator.documents.fonts import FontSet
from mediator.documents.templates import LINE_BREAK, Block

PAGE_WIDTH, PAGE_HEIGHT = A4
TOP, BOTTOM, LEFT, RIGHT = 37 * mm, 35 * mm, 28 * mm, 26 * mm
FRAME_WIDTH = PAGE_WIDTH - LEFT - RIGHT

BODY_SIZE = 16.0  # 三号
BODY_LEADING = 28.0
TITLE_SIZE = 22.0  # 二号
OFFICE_SIZE = 18.0  # 小二
TABLE_SIZE = 12.0  # 小四
FOOTER_SIZE = 10.5  # 五号
PAGESIGN_SIZE = 12.0

DEFAULT_FOOTER = "{number}|第 {page} 页 共 {pages} 页|核验码：{code}"


@dataclass(frozen=True)
class PageInfo:
    """What every page shows besides the text."""

    number: str
    code: str
    title: str
    author: str
    keywords: str
    first_page: int = 1
    """Inside a packet: the packet's number of this document's first page."""
    packet_pages: int = 0
    """Inside a packet: the pages of the whole packet (0 when printed alone)."""
    mark: str = ""
    """Inside a packet: a line at the head of each page; {page}/{pages} count this document."""


# -- bold lines ----------------------------------------------------------------------------


class BoldLine(Flowable):
    """A centred (or left) bold line, wrapped by character, drawn fill+stroke."""

    def __init__(
        self, text: str, fonts: FontSet, size: float, align: str = "center", after: float = 0
    ) -> None:
        super().__init__()
        self.text = text.replace(LINE_BREAK, "")
        self.fonts = fonts
        self.size = size
        self.align = align
        self.after = after
        self.leading = size * 1.5
        self.lines: list[str] = [self.text]

    def _split_lines(self, width: float) -> list[str]:
        lines: list[str] = []
        current = ""
        for ch in self.text:
            if current and self.fonts.width(current + ch, self.size) > width:
                lines.append(current)
                current = ""
            current += ch
        return [*lines, current] if current or not lines else lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.lines = self._split_lines(avail_width)
        self.height = self.leading * len(self.lines) + self.after
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(self.size * 0.035)
        y = self.height - self.after - self.size
        for line in self.lines:
            width = self.fonts.width(line, self.size)
            x = {"center": (self.width - width) / 2, "right": self.width - width}.get(
                self.align, 0.0
            )
            text = canvas.beginText(x, y)
            text.setTextRenderMode(2)
            for name, chunk in self.fonts.runs(line):
                text.setFont(name, self.size)
                text.textOut(chunk)
            canvas.drawText(text)
            y -= self.leading
        canvas.restoreState()


def draw_runs(
    canvas: Canvas, fonts: FontSet, x: float, y: float, text: str, size: float, align: str
) -> None:
    """Plain text at (x, y) with per-character fallback fonts; align left/center/right at x."""
    width = fonts.width(text, size)
    start = {"center": x - width / 2, "right": x - width}.get(align, x)
    obj = canvas.beginText(start, y)
    for name, chunk in fonts.runs(text):
        obj.setFont(name, size)
        obj.textOut(chunk)
    canvas.drawText(obj)


# -- styles --------------------------------------------------------------------------------


def _style(fonts: FontSet, name: str, size: float, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=fonts.body,
        bulletFontName=fonts.body,
        fontSize=size,
        leading=kw.pop("leading", size * 1.75),
        wordWrap="CJK",
        **kw,
    )


@dataclass(frozen=True)
class Styles:
    para: ParagraphStyle
    plain: ParagraphStyle
    right: ParagraphStyle
    center: ParagraphStyle
    number: ParagraphStyle

    @classmethod
    def of(cls, fonts: FontSet) -> Styles:
        base = {"leading": BODY_LEADING}
        return cls(
            para=_style(
                fonts,
                "para",
                BODY_SIZE,
                firstLineIndent=2 * BODY_SIZE,
                alignment=TA_JUSTIFY,
                **base,
            ),
            plain=_style(fonts, "plain", BODY_SIZE, alignment=TA_JUSTIFY, **base),
            right=_style(fonts, "right", BODY_SIZE, alignment=TA_RIGHT, **base),
            center=_style(fonts, "center", BODY_SIZE, alignment=TA_CENTER, **base),
            number=_style(fonts, "number", BODY_SIZE, alignment=TA_RIGHT, spaceAfter=6, **base),
        )


def _markup(fonts: FontSet, text: str) -> str:
    return fonts.markup(text).replace(LINE_BREAK, "<br/>")


# -- tables --------------------------------------------------------------------------------


def _widths(spec: str | None, columns: int) -> list[float]:
    weights = [float(w) for w in spec.split(",")] if spec else [1.0] * columns
    weights = (weights + [1.0] * columns)[:columns]
    total = sum(weights)
    return [FRAME_WIDTH * w / total for w in weights]


_ALIGN = {"l": TA_LEFT, "c": TA_CENTER, "r": TA_RIGHT}


def _cell_style(fonts: FontSet, size: float, align: int) -> ParagraphStyle:
    return _style(fonts, f"cell{size}{align}", size, leading=size * 1.35, alignment=align)


def table_flowable(block: Block, fonts: FontSet) -> Table:
    """A grid table; the first row is a header repeated on each page unless header=0."""
    size = float(block.options.get("size", TABLE_SIZE))
    header = block.options.get("header", "1") != "0"
    columns = max(len(r) for r in block.rows)
    head_style = _cell_style(fonts, size, TA_CENTER)
    aligns = (list(block.options.get("align", "")) + ["l"] * columns)[:columns]
    body_styles = [_cell_style(fonts, size, _ALIGN.get(a, TA_LEFT)) for a in aligns]
    data = [
        [
            Paragraph(_markup(fonts, cell), head_style if header and i == 0 else body_styles[j])
            for j, cell in enumerate(row + [""] * (columns - len(row)))
        ]
        for i, row in enumerate(block.rows)
    ]
    minrow = float(block.options.get("minrow", 0))
    pad = max(3.0, (minrow - size * 1.35) / 2)
    first_body = 1 if header else 0
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.body, size),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, first_body), (-1, -1), pad),
        ("BOTTOMPADDING", (0, first_body), (-1, -1), pad),
    ]
    return Table(
        data,
        colWidths=_widths(block.options.get("widths"), columns),
        repeatRows=1 if header else 0,
        style=TableStyle(commands),
        hAlign="CENTER",
    )


def sign_flowable(block: Block, fonts: FontSet) -> Table:
    """Signature lines: no grid, room to sign to the right of each label."""
    columns = max(len(r) for r in block.rows)
    style = _style(fonts, "sign", BODY_SIZE, leading=BODY_LEADING, alignment=TA_LEFT)
    data = [
        [Paragraph(_markup(fonts, c), style) for c in row + [""] * (columns - len(row))]
        for row in block.rows
    ]
    gap = float(block.options.get("gap", 14))
    return Table(
        data,
        colWidths=_widths(block.options.get("widths"), columns),
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.body, BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), gap),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        ),
        hAlign="LEFT",
    )


# -- blocks to flowables -------------------------------------------------------------------


def flowables(blocks: Sequence[Block], fonts: FontSet) -> list[Flowable]:
    """The story of a document; blocks between ``::keep`` and ``::endkeep`` stay on one page."""
    styles = Styles.of(fonts)
    story: list[Flowable] = []
    kept: list[Flowable] | None = None
    for block in blocks:
        if block.kind == "keep":
            kept = []
            continue
        if block.kind == "endkeep":
            if kept:
                story.append(KeepTogether(kept))
            kept = None
            continue
        _append(kept if kept is not None else story, block, fonts, styles)
    if kept:
        story.append(KeepTogether(kept))
    return story


def _append(story: list[Flowable], block: Block, fonts: FontSet, styles: Styles) -> None:
    kind = block.kind
    if kind == "office":
        story.append(BoldLine(block.text, fonts, OFFICE_SIZE))
    elif kind == "title":
        story.append(BoldLine(block.text, fonts, TITLE_SIZE, after=8))
    elif kind == "heading":
        # A heading never ends a page: it needs room for itself and a few lines after it.
        story.append(CondPageBreak(BODY_LEADING * 4))
        story.append(BoldLine(block.text, fonts, BODY_SIZE, align="left", after=2))
    elif kind == "space":
        story.append(Spacer(1, BODY_LEADING * float(block.text or 1)))
    elif kind == "pagebreak":
        story.append(PageBreak())
    elif kind == "table" and block.rows:
        story.append(table_flowable(block, fonts))
        story.append(Spacer(1, 6))
    elif kind == "sign" and block.rows:
        story.append(sign_flowable(block, fonts))
    elif kind in ("para", "plain", "right", "center", "number"):
        story.append(Paragraph(_markup(fonts, block.text), getattr(styles, kind)))


def block_texts(blocks: Sequence[Block]) -> list[str]:
    """Every piece of text the blocks will print (for the missing-glyph check)."""
    texts: list[str] = []
    for block in blocks:
        if block.kind == "footer":
            continue
        texts.append(block.text)
        texts += [cell for row in block.rows for cell in row]
    return [t.replace(LINE_BREAK, "") for t in texts if t]


# -- pages ---------------------------------------------------------------------------------


def _footer_parts(blocks: Sequence[Block]) -> list[str]:
    spec = next((b.text for b in blocks if b.kind == "footer" and b.text), DEFAULT_FOOTER)
    parts = (spec.split("|") + ["", "", ""])[:3]
    return parts


def footer_texts(blocks: Sequence[Block], info: PageInfo, page: int, pages: int) -> list[str]:
    """The footer's three parts; inside a packet the page numbers count the packet."""
    if info.packet_pages:
        page, pages = info.first_page + page - 1, info.packet_pages
    values = {
        "{number}": info.number,
        "{code}": info.code,
        "{page}": str(page),
        "{pages}": str(pages),
    }
    out = []
    for part in _footer_parts(blocks):
        for key, value in values.items():
            part = part.replace(key, value)
        out.append(part)
    return out


def _numbered_canvas(draw_footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps each page until the end, then draws the footers with the page total."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def _pagesign(blocks: Sequence[Block], fonts: FontSet) -> Paragraph | None:
    text = next((b.text for b in blocks if b.kind == "pagesign" and b.text), "")
    if not text:
        return None
    style = _style(fonts, "pagesign", PAGESIGN_SIZE, leading=PAGESIGN_SIZE * 2.2)
    return Paragraph(_markup(fonts, text), style)


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int


def build_pdf(blocks: Sequence[Block], fonts: FontSet, info: PageInfo) -> Rendered:
    """Lay the blocks out on A4 and return the PDF bytes and the page count."""
    buffer = io.BytesIO()
    strip = _pagesign(blocks, fonts)
    strip_height = strip.wrap(FRAME_WIDTH, PAGE_HEIGHT)[1] + 8 if strip else 0.0
    bottom = BOTTOM + strip_height
    frame = Frame(LEFT, bottom, FRAME_WIDTH, PAGE_HEIGHT - TOP - bottom, 0, 0, 0, 0, id="body")

    def on_page(canvas: Canvas, _doc: Any) -> None:
        if strip is None:
            return
        canvas.saveState()
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, bottom - 4, LEFT + FRAME_WIDTH, bottom - 4)
        strip.drawOn(canvas, LEFT, BOTTOM)
        canvas.restoreState()

    def draw_footer(canvas: Canvas, page: int, pages: int) -> None:
        left, center, right = footer_texts(blocks, info, page, pages)
        y = BOTTOM - 10 * mm
        canvas.saveState()
        draw_runs(canvas, fonts, LEFT, y, left, FOOTER_SIZE, "left")
        draw_runs(canvas, fonts, PAGE_WIDTH / 2, y, center, FOOTER_SIZE, "center")
        draw_runs(canvas, fonts, LEFT + FRAME_WIDTH, y, right, FOOTER_SIZE, "right")
        if info.mark:
            mark = info.mark.replace("{page}", str(page)).replace("{pages}", str(pages))
            top = PAGE_HEIGHT - TOP + 12 * mm
            draw_runs(canvas, fonts, LEFT + FRAME_WIDTH, top, mark, FOOTER_SIZE, "right")
        canvas.restoreState()

    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=bottom,
        title=info.title,
        author=info.author,
        subject=info.title,
        keywords=info.keywords,
        creator="mediator",
        initialFontName=fonts.body,
        initialFontSize=BODY_SIZE,
        pageTemplates=[PageTemplate("page", [frame], onPage=on_page)],
    )
    doc.build(flowables(blocks, fonts), canvasmaker=_numbered_canvas(draw_footer))
    return Rendered(buffer.getvalue(), doc.page)
