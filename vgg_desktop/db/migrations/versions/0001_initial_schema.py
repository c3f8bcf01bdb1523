"""Initial schema: the association, its board, portfolios, consultations, bureau, plans and activities.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-29 06:19:47.068274
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('association',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=20), nullable=False),
    sa.Column('seat', sa.String(length=200), nullable=True),
    sa.Column('founded_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_association')),
    sqlite_autoincrement=True
    )
    op.create_table('municipality',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('member_since', sa.Date(), nullable=True),
    sa.Column('member_until', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_municipality')),
    sa.UniqueConstraint('name', name=op.f('uq_municipality_name')),
    sqlite_autoincrement=True
    )
    op.create_table('partner',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner')),
    sa.UniqueConstraint('name', name=op.f('uq_partner_name')),
    sqlite_autoincrement=True
    )
    op.create_table('staff_member',
    sa.Column('salutation', sa.String(length=10), nullable=True),
    sa.Column('initials', sa.String(length=20), nullable=True),
    sa.Column('first_name', sa.String(length=200), nullable=True),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_member')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('staff_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_member_last_name'), ['last_name'], unique=False)

    op.create_table('year_plan',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('adopted_on', sa.Date(), nullable=True),
    sa.Column('adopted_by', sa.String(length=200), nullable=True),
    sa.Column('signed_by', sa.String(length=200), nullable=True),
    sa.Column('introduction', sa.Text(), nullable=True),
    sa.Column('vision', sa.Text(), nullable=True),
    sa.Column('core_values', sa.JSON(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_year_plan')),
    sa.UniqueConstraint('year', name=op.f('uq_year_plan_year')),
    sqlite_autoincrement=True
    )
    op.create_table('absence',
    sa.Column('staff_member_id', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['staff_member_id'], ['staff_member.id'], name=op.f('fk_absence_staff_member_id_staff_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_absence')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('absence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_absence_staff_member_id'), ['staff_member_id'], unique=False)

    op.create_table('board_seat',
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('constituency', sa.String(length=200), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_board_seat_municipality_id_municipality'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_board_seat')),
    sa.UniqueConstraint('municipality_id', name=op.f('uq_board_seat_municipality_id')),
    sqlite_autoincrement=True
    )
    op.create_table('employment',
    sa.Column('staff_member_id', sa.Integer(), nullable=False),
    sa.Column('function', sa.String(length=200), nullable=True),
    sa.Column('description', sa.String(length=200), nullable=True),
    sa.Column('contract_kind', sa.String(length=30), nullable=True),
    sa.Column('through', sa.String(length=200), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('as_written', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['staff_member_id'], ['staff_member.id'], name=op.f('fk_employment_staff_member_id_staff_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employment')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('employment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employment_end_date'), ['end_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_employment_staff_member_id'), ['staff_member_id'], unique=False)

    op.create_table('person',
    sa.Column('salutation', sa.String(length=10), nullable=True),
    sa.Column('initials', sa.String(length=20), nullable=True),
    sa.Column('first_name', sa.String(length=200), nullable=True),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('function', sa.String(length=200), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_person_municipality_id_municipality'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_last_name'), ['last_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_municipality_id'), ['municipality_id'], unique=False)

    op.create_table('portfolio',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('holder_id', sa.Integer(), nullable=True),
    sa.Column('vng_not_applicable', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['holder_id'], ['person.id'], name=op.f('fk_portfolio_holder_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_portfolio')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('portfolio', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_portfolio_holder_id'), ['holder_id'], unique=False)

    op.create_table('seat_term',
    sa.Column('seat_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('as_written', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_seat_term_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['seat_id'], ['board_seat.id'], name=op.f('fk_seat_term_seat_id_board_seat'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seat_term')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('seat_term', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seat_term_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_seat_term_seat_id'), ['seat_id'], unique=False)

    op.create_table('consultation',
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('chair_status', sa.String(length=30), nullable=False),
    sa.Column('chair_id', sa.Integer(), nullable=True),
    sa.Column('organised_by_id', sa.Integer(), nullable=True),
    sa.Column('preparation', sa.Text(), nullable=True),
    sa.Column('portfolio_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['chair_id'], ['person.id'], name=op.f('fk_consultation_chair_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['organised_by_id'], ['partner.id'], name=op.f('fk_consultation_organised_by_id_partner'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['portfolio_id'], ['portfolio.id'], name=op.f('fk_consultation_portfolio_id_portfolio'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultation')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consultation_chair_id'), ['chair_id'], unique=False)

    op.create_table('vng_committee',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('former_name', sa.String(length=200), nullable=True),
    sa.Column('portfolio_id', sa.Integer(), nullable=True),
    sa.Column('member_status', sa.String(length=30), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['person.id'], name=op.f('fk_vng_committee_member_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['portfolio_id'], ['portfolio.id'], name=op.f('fk_vng_committee_portfolio_id_portfolio'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vng_committee')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('vng_committee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vng_committee_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vng_committee_portfolio_id'), ['portfolio_id'], unique=False)

    op.create_table('activity',
    sa.Column('year_plan_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('owner_kind', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('heading_as_written', sa.String(length=300), nullable=True),
    sa.Column('portfolio_id', sa.Integer(), nullable=True),
    sa.Column('consultation_id', sa.Integer(), nullable=True),
    sa.Column('goal', sa.Text(), nullable=False),
    sa.Column('results', sa.JSON(), nullable=False),
    sa.Column('results_heading_as_written', sa.String(length=200), nullable=True),
    sa.Column('first_half_progress', sa.Text(), nullable=True),
    sa.Column('first_half_status', sa.String(length=30), nullable=False),
    sa.Column('second_half_progress', sa.Text(), nullable=True),
    sa.Column('second_half_status', sa.String(length=30), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultation.id'], name=op.f('fk_activity_consultation_id_consultation'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['portfolio_id'], ['portfolio.id'], name=op.f('fk_activity_portfolio_id_portfolio'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['year_plan_id'], ['year_plan.id'], name=op.f('fk_activity_year_plan_id_year_plan'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_consultation_id'), ['consultation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_portfolio_id'), ['portfolio_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_year_plan_id'), ['year_plan_id'], unique=False)

    op.create_table('consultation_partner',
    sa.Column('consultation_id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultation.id'], name=op.f('fk_consultation_partner_consultation_id_consultation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_consultation_partner_partner_id_partner'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('consultation_id', 'partner_id', name=op.f('pk_consultation_partner'))
    )
    op.create_table('activity_partner',
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_partner_activity_id_activity'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_activity_partner_partner_id_partner'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('activity_id', 'partner_id', name=op.f('pk_activity_partner'))
    )
    op.create_table('meeting',
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('theme', sa.String(length=200), nullable=True),
    sa.Column('location', sa.String(length=200), nullable=True),
    sa.Column('activity_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_meeting_activity_id_activity'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_date'), ['date'], unique=False)

    op.create_table('project',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('activity_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_project_activity_id_activity'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project')),
    sa.UniqueConstraint('name', name=op.f('uq_project_name')),
    sqlite_autoincrement=True
    )
    op.create_table('project_decision',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_decision_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_decision')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('project_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_decision_project_id'), ['project_id'], unique=False)

    op.create_table('project_invoice',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=True),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_project_invoice_municipality_id_municipality'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_invoice_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_invoice')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('project_invoice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_invoice_municipality_id'), ['municipality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_invoice_project_id'), ['project_id'], unique=False)

    op.create_table('project_staff_member',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('staff_member_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_staff_member_project_id_project'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_member_id'], ['staff_member.id'], name=op.f('fk_project_staff_member_staff_member_id_staff_member'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('project_id', 'staff_member_id', name=op.f('pk_project_staff_member'))
    )


def downgrade() -> None:
    op.drop_table('project_staff_member')
    with op.batch_alter_table('project_invoice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_invoice_project_id'))
        batch_op.drop_index(batch_op.f('ix_project_invoice_municipality_id'))

    op.drop_table('project_invoice')
    with op.batch_alter_table('project_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_decision_project_id'))

    op.drop_table('project_decision')
    op.drop_table('project')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_date'))
        batch_op.drop_index(batch_op.f('ix_meeting_activity_id'))

    op.drop_table('meeting')
    op.drop_table('activity_partner')
    op.drop_table('consultation_partner')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_year_plan_id'))
        batch_op.drop_index(batch_op.f('ix_activity_portfolio_id'))
        batch_op.drop_index(batch_op.f('ix_activity_consultation_id'))

    op.drop_table('activity')
    with op.batch_alter_table('vng_committee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vng_committee_portfolio_id'))
        batch_op.drop_index(batch_op.f('ix_vng_committee_member_id'))

    op.drop_table('vng_committee')
    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consultation_chair_id'))

    op.drop_table('consultation')
    with op.batch_alter_table('seat_term', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seat_term_seat_id'))
        batch_op.drop_index(batch_op.f('ix_seat_term_person_id'))

    op.drop_table('seat_term')
    with op.batch_alter_table('portfolio', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_portfolio_holder_id'))

    op.drop_table('portfolio')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_municipality_id'))
        batch_op.drop_index(batch_op.f('ix_person_last_name'))

    op.drop_table('person')
    with op.batch_alter_table('employment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employment_staff_member_id'))
        batch_op.drop_index(batch_op.f('ix_employment_end_date'))

    op.drop_table('employment')
    op.drop_table('board_seat')
    with op.batch_alter_table('absence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_absence_staff_member_id'))

    op.drop_table('absence')
    op.drop_table('year_plan')
    with op.batch_alter_table('staff_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_member_last_name'))

    op.drop_table('staff_member')
    op.drop_table('partner')
    op.drop_table('municipality')
    op.drop_table('association')
