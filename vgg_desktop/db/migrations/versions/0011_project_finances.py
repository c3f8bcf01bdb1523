"""Project decisions and invoices in use: the financial part of a decision, and invoices the database checks.

`project_decision.finances` holds what a decision says about money (amounts, how the costs are shared),
as written; decisions stored before have none recorded (empty). An invoice's amount is more than zero
and it is paid no earlier than it was sent (and only once sent): check constraints, so that no program
writing to the database, on any PC, can store an invoice the window would refuse. No release wrote
invoices, so no stored row can break them.

Revision ID: 0011
Revises: 0009
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('project_decision', schema=None) as batch_op:
        batch_op.add_column(sa.Column('finances', sa.Text(), nullable=True))
    with op.batch_alter_table('project_invoice', schema=None) as batch_op:
        batch_op.create_check_constraint('amount_positive', 'amount_cents > 0')
        batch_op.create_check_constraint(
            'paid_after_sent', 'paid_on IS NULL OR (sent_on IS NOT NULL AND paid_on >= sent_on)')


def downgrade() -> None:
    with op.batch_alter_table('project_invoice', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_project_invoice_paid_after_sent'), type_='check')
        batch_op.drop_constraint(op.f('ck_project_invoice_amount_positive'), type_='check')
    with op.batch_alter_table('project_decision', schema=None) as batch_op:
        batch_op.drop_column('finances')
