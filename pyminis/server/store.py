"""Orders and coin grants in a database, through SQLAlchemy 2 (a SQLite file by default, any
SQLAlchemy URL in production: postgresql+psycopg://…).

Idempotence is the database's job, not a check before a write: the ledger has one row per
(trade order, kind) — a UNIQUE constraint — so a webhook delivered twice, or two deliveries
racing on two workers, insert one grant; the loser's transaction fails and changes nothing.
A refund inserts the one reversal row. Every webhook body is recorded once by its SHA-256
(the primary key), so an exact replay inside the signature's tolerance is recognised too.
A player's balance is the sum of their ledger rows: it can go below zero when coins already
spent are clawed back by a refund (the game shows it; what to do then is the author's choice).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import (
    Engine,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
    create_engine,
    func,
    select,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.pool import StaticPool

from pyminis.server.products import Product
from pyminis.server.webhook import REDEEM_REFUND, REDEEM_SUCCESS, WebhookEvent

# Order states, as GET /orders/<order_id> reports them.
CREATING = "creating"  # ours, before TikTok answered /trade_order/create/
CREATED = "created"  # TikTok made the trade order: waiting for the player to pay
FAILED = "failed"  # TikTok refused to create it
PAID = "paid"  # the redeem.success webhook came: coins granted
REFUNDED = "refunded"  # the refund_traceback webhook came: the grant reversed


class Base(DeclarativeBase):
    pass


class Order(Base):
    __tablename__ = "pyminis_orders"

    order_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    trade_order_id: Mapped[str | None] = mapped_column(String(128), unique=True)
    open_id: Mapped[str] = mapped_column(String(128), index=True)
    product_id: Mapped[str] = mapped_column(String(64))
    coins: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16))
    refund_amount: Mapped[int | None] = mapped_column(Integer, default=None)
    created_at: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[int] = mapped_column(Integer)


class LedgerEntry(Base):
    __tablename__ = "pyminis_ledger"
    __table_args__ = (UniqueConstraint("order_id", "kind", name="pyminis_one_per_order_and_kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("pyminis_orders.order_id"))
    open_id: Mapped[str] = mapped_column(String(128), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # "grant" or "reversal"
    coins: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[int] = mapped_column(Integer)


class WebhookRecord(Base):
    __tablename__ = "pyminis_webhooks"

    body_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    event: Mapped[str] = mapped_column(String(128))
    create_time: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(32))


@dataclass(frozen=True)
class OrderView:
    order_id: str
    trade_order_id: str | None
    open_id: str
    product_id: str
    coins: int  # what this order grants now: the product's coins once paid, 0 otherwise
    state: str
    balance: int  # the player's coins, every order counted


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets what threads and in-memory databases need."""
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:") or "mode=memory" in url
        return create_engine(url, connect_args={"check_same_thread": False},
                             poolclass=StaticPool if memory else None)
    return create_engine(url, pool_pre_ping=True)


class OrderStore:
    """The server's orders, grants and webhooks. Methods are blocking (run them in a thread
    from async code: the app does)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def create_tables(self) -> None:
        """Create the tables that are missing (use migrations for later schema changes)."""
        Base.metadata.create_all(self.engine)

    def begin_order(self, order_id: str, open_id: str, product: Product) -> None:
        now = int(time.time())
        with Session(self.engine) as session, session.begin():
            session.add(Order(order_id=order_id, open_id=open_id, product_id=product.id,
                              coins=product.coins, state=CREATING, created_at=now, updated_at=now))

    def order_created(self, order_id: str, trade_order_id: str) -> None:
        self._set(order_id, state=CREATED, trade_order_id=trade_order_id)

    def order_failed(self, order_id: str) -> None:
        self._set(order_id, state=FAILED)

    def _set(self, order_id: str, **values: object) -> None:
        with Session(self.engine) as session, session.begin():
            order = session.get(Order, order_id)
            if order is None:
                raise KeyError(order_id)
            for name, value in values.items():
                setattr(order, name, value)
            order.updated_at = int(time.time())

    def balance(self, open_id: str) -> int:
        with Session(self.engine) as session:
            return self._balance(session, open_id)

    @staticmethod
    def _balance(session: Session, open_id: str) -> int:
        total = session.scalar(select(func.coalesce(func.sum(LedgerEntry.coins), 0))
                               .where(LedgerEntry.open_id == open_id))
        return int(total or 0)

    def order(self, order_id: str) -> OrderView | None:
        with Session(self.engine) as session:
            order = session.get(Order, order_id)
            if order is None:
                return None
            granted = session.scalar(select(func.coalesce(func.sum(LedgerEntry.coins), 0))
                                     .where(LedgerEntry.order_id == order_id))
            return OrderView(order.order_id, order.trade_order_id, order.open_id,
                             order.product_id, int(granted or 0), order.state,
                             self._balance(session, order.open_id))

    def apply_webhook(self, event: WebhookEvent, body_sha256: str) -> str:
        """Grant, reverse or ignore, once. Returns what happened: granted, reversed,
        duplicate, ignored (an event that moves no coins), or a refusal (unknown order,
        mismatch) that changes nothing but the webhook's record."""
        try:
            with Session(self.engine) as session, session.begin():
                outcome = self._apply(session, event)
                if outcome == "unknown order":
                    return outcome  # not recorded: a retry once the order exists is heard
                session.add(WebhookRecord(body_sha256=body_sha256, event=event.event[:128],
                                          create_time=event.create_time,
                                          received_at=int(time.time()), outcome=outcome))
                session.flush()  # the UNIQUE constraints speak here, inside the transaction
            return outcome
        except IntegrityError:
            return "duplicate"  # the whole transaction rolled back: nothing changed

    @staticmethod
    def _apply(session: Session, event: WebhookEvent) -> str:
        if event.event not in (REDEEM_SUCCESS, REDEEM_REFUND):
            return "ignored"
        order = None
        if event.order_id:
            order = session.get(Order, event.order_id, with_for_update=True)
        elif event.trade_order_id:
            order = session.scalar(select(Order).where(Order.trade_order_id == event.trade_order_id)
                                   .with_for_update())
        if order is None:
            return "unknown order"
        if event.trade_order_id != order.trade_order_id:
            return "mismatch: trade_order_id"
        if event.user_openid and event.user_openid != order.open_id:
            return "mismatch: user_openid"  # 000's examples send "", so "" is accepted
        now = int(time.time())
        if event.event == REDEEM_SUCCESS:
            session.add(LedgerEntry(order_id=order.order_id, open_id=order.open_id, kind="grant",
                                    coins=order.coins, created_at=now))
            if order.state != REFUNDED:
                order.state = PAID
            order.updated_at = now
            return "granted"
        # 000: refund_traceback reports `refund_amount` recovered; the whole grant is reversed
        # (the coins were the product, not a share of Beans) and the amount kept for the books.
        session.add(LedgerEntry(order_id=order.order_id, open_id=order.open_id, kind="reversal",
                                coins=-order.coins, created_at=now))
        amount = event.content.get("refund_amount")
        if isinstance(amount, int) and not isinstance(amount, bool):
            order.refund_amount = amount
        order.state = REFUNDED
        order.updated_at = now
        return "reversed"
