"""QR codes on notices: what a citizen who scans one can use (models.rules.notice_rules.qr_payload).

ReportLab's ``QrCode`` flowable draws the modules straight onto the page; the graphics-widget
route encodes twice and builds thousands of shape objects, which was half the cost of a notice.
"""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCode


def qr_flowable(payload: str, size: float) -> QrCode:
    """A square QR code of side ``size`` points carrying ``payload`` (error correction M)."""
    return QrCode(payload, width=size, height=size, qrLevel="M", qrBorder=2)
