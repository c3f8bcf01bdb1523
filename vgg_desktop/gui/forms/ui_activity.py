# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QVBoxLayout, QWidget)

class Ui_ActivityForm(object):
    def setupUi(self, ActivityForm):
        if not ActivityForm.objectName():
            ActivityForm.setObjectName(u"ActivityForm")
        ActivityForm.resize(640, 400)
        self.form_layout = QVBoxLayout(ActivityForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(ActivityForm)
        self.tabs.setObjectName(u"tabs")
        self.plan_tab = QWidget()
        self.plan_tab.setObjectName(u"plan_tab")
        self.plan_layout = QFormLayout(self.plan_tab)
        self.plan_layout.setObjectName(u"plan_layout")
        self.plan_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.plan_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.year_plan_id_label = QLabel(self.plan_tab)
        self.year_plan_id_label.setObjectName(u"year_plan_id_label")

        self.plan_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.year_plan_id_label)

        self.year_plan_id = QComboBox(self.plan_tab)
        self.year_plan_id.setObjectName(u"year_plan_id")

        self.plan_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.year_plan_id)

        self.position_label = QLabel(self.plan_tab)
        self.position_label.setObjectName(u"position_label")

        self.plan_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position = QSpinBox(self.plan_tab)
        self.position.setObjectName(u"position")
        self.position.setMinimum(0)
        self.position.setMaximum(9999)

        self.plan_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.position)

        self.owner_kind_label = QLabel(self.plan_tab)
        self.owner_kind_label.setObjectName(u"owner_kind_label")

        self.plan_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.owner_kind_label)

        self.owner_kind = QComboBox(self.plan_tab)
        self.owner_kind.setObjectName(u"owner_kind")

        self.plan_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.owner_kind)

        self.portfolio_id_label = QLabel(self.plan_tab)
        self.portfolio_id_label.setObjectName(u"portfolio_id_label")

        self.plan_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.portfolio_id_label)

        self.portfolio_id = QComboBox(self.plan_tab)
        self.portfolio_id.setObjectName(u"portfolio_id")

        self.plan_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.portfolio_id)

        self.consultation_id_label = QLabel(self.plan_tab)
        self.consultation_id_label.setObjectName(u"consultation_id_label")

        self.plan_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.consultation_id_label)

        self.consultation_id = QComboBox(self.plan_tab)
        self.consultation_id.setObjectName(u"consultation_id")

        self.plan_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.consultation_id)

        self.title_label = QLabel(self.plan_tab)
        self.title_label.setObjectName(u"title_label")

        self.plan_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(self.plan_tab)
        self.title.setObjectName(u"title")

        self.plan_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.title)

        self.goal_label = QLabel(self.plan_tab)
        self.goal_label.setObjectName(u"goal_label")

        self.plan_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.goal_label)

        self.goal = QPlainTextEdit(self.plan_tab)
        self.goal.setObjectName(u"goal")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.goal.sizePolicy().hasHeightForWidth())
        self.goal.setSizePolicy(sizePolicy)
        self.goal.setMinimumSize(QSize(0, 60))
        self.goal.setTabChangesFocus(True)

        self.plan_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.goal)

        self.results_label = QLabel(self.plan_tab)
        self.results_label.setObjectName(u"results_label")

        self.plan_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.results_label)

        self.results = QPlainTextEdit(self.plan_tab)
        self.results.setObjectName(u"results")
        sizePolicy.setHeightForWidth(self.results.sizePolicy().hasHeightForWidth())
        self.results.setSizePolicy(sizePolicy)
        self.results.setMinimumSize(QSize(0, 90))
        self.results.setTabChangesFocus(True)

        self.plan_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.results)

        self.meeting_target_label = QLabel(self.plan_tab)
        self.meeting_target_label.setObjectName(u"meeting_target_label")

        self.plan_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.meeting_target_label)

        self.meeting_target_row = QWidget(self.plan_tab)
        self.meeting_target_row.setObjectName(u"meeting_target_row")
        self.meeting_target_layout = QHBoxLayout(self.meeting_target_row)
        self.meeting_target_layout.setObjectName(u"meeting_target_layout")
        self.meeting_target_layout.setContentsMargins(0, 0, 0, 0)
        self.meeting_target = QSpinBox(self.meeting_target_row)
        self.meeting_target.setObjectName(u"meeting_target")
        self.meeting_target.setMinimum(0)
        self.meeting_target.setMaximum(999)

        self.meeting_target_layout.addWidget(self.meeting_target)

        self.meeting_target_is_minimum = QCheckBox(self.meeting_target_row)
        self.meeting_target_is_minimum.setObjectName(u"meeting_target_is_minimum")

        self.meeting_target_layout.addWidget(self.meeting_target_is_minimum)

        self.meeting_target_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.meeting_target_layout.addItem(self.meeting_target_spacer)


        self.plan_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.meeting_target_row)

        self.partner_ids_label = QLabel(self.plan_tab)
        self.partner_ids_label.setObjectName(u"partner_ids_label")

        self.plan_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.partner_ids_label)

        self.partner_ids = QListWidget(self.plan_tab)
        self.partner_ids.setObjectName(u"partner_ids")
        self.partner_ids.setMinimumSize(QSize(0, 100))
        self.partner_ids.setAlternatingRowColors(True)

        self.plan_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.partner_ids)

        self.tabs.addTab(self.plan_tab, "")
        self.progress_tab = QWidget()
        self.progress_tab.setObjectName(u"progress_tab")
        self.progress_layout = QFormLayout(self.progress_tab)
        self.progress_layout.setObjectName(u"progress_layout")
        self.progress_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.progress_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.first_half_status_label = QLabel(self.progress_tab)
        self.first_half_status_label.setObjectName(u"first_half_status_label")

        self.progress_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_half_status_label)

        self.first_half_status = QComboBox(self.progress_tab)
        self.first_half_status.setObjectName(u"first_half_status")

        self.progress_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.first_half_status)

        self.first_half_progress_label = QLabel(self.progress_tab)
        self.first_half_progress_label.setObjectName(u"first_half_progress_label")

        self.progress_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.first_half_progress_label)

        self.first_half_progress = QPlainTextEdit(self.progress_tab)
        self.first_half_progress.setObjectName(u"first_half_progress")
        sizePolicy.setHeightForWidth(self.first_half_progress.sizePolicy().hasHeightForWidth())
        self.first_half_progress.setSizePolicy(sizePolicy)
        self.first_half_progress.setMinimumSize(QSize(0, 120))
        self.first_half_progress.setTabChangesFocus(True)

        self.progress_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.first_half_progress)

        self.second_half_status_label = QLabel(self.progress_tab)
        self.second_half_status_label.setObjectName(u"second_half_status_label")

        self.progress_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.second_half_status_label)

        self.second_half_status = QComboBox(self.progress_tab)
        self.second_half_status.setObjectName(u"second_half_status")

        self.progress_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.second_half_status)

        self.second_half_progress_label = QLabel(self.progress_tab)
        self.second_half_progress_label.setObjectName(u"second_half_progress_label")

        self.progress_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.second_half_progress_label)

        self.second_half_progress = QPlainTextEdit(self.progress_tab)
        self.second_half_progress.setObjectName(u"second_half_progress")
        sizePolicy.setHeightForWidth(self.second_half_progress.sizePolicy().hasHeightForWidth())
        self.second_half_progress.setSizePolicy(sizePolicy)
        self.second_half_progress.setMinimumSize(QSize(0, 120))
        self.second_half_progress.setTabChangesFocus(True)

        self.progress_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.second_half_progress)

        self.tabs.addTab(self.progress_tab, "")
        self.source_tab = QWidget()
        self.source_tab.setObjectName(u"source_tab")
        self.source_layout = QFormLayout(self.source_tab)
        self.source_layout.setObjectName(u"source_layout")
        self.source_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.source_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.source_note = QLabel(self.source_tab)
        self.source_note.setObjectName(u"source_note")
        self.source_note.setWordWrap(True)

        self.source_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.source_note)

        self.heading_as_written_label = QLabel(self.source_tab)
        self.heading_as_written_label.setObjectName(u"heading_as_written_label")

        self.source_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.heading_as_written_label)

        self.heading_as_written = QLineEdit(self.source_tab)
        self.heading_as_written.setObjectName(u"heading_as_written")

        self.source_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.heading_as_written)

        self.results_heading_as_written_label = QLabel(self.source_tab)
        self.results_heading_as_written_label.setObjectName(u"results_heading_as_written_label")

        self.source_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.results_heading_as_written_label)

        self.results_heading_as_written = QLineEdit(self.source_tab)
        self.results_heading_as_written.setObjectName(u"results_heading_as_written")

        self.source_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.results_heading_as_written)

        self.meeting_target_as_written_label = QLabel(self.source_tab)
        self.meeting_target_as_written_label.setObjectName(u"meeting_target_as_written_label")

        self.source_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.meeting_target_as_written_label)

        self.meeting_target_as_written = QLineEdit(self.source_tab)
        self.meeting_target_as_written.setObjectName(u"meeting_target_as_written")

        self.source_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.meeting_target_as_written)

        self.tabs.addTab(self.source_tab, "")

        self.form_layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.year_plan_id_label.setBuddy(self.year_plan_id)
        self.position_label.setBuddy(self.position)
        self.owner_kind_label.setBuddy(self.owner_kind)
        self.portfolio_id_label.setBuddy(self.portfolio_id)
        self.consultation_id_label.setBuddy(self.consultation_id)
        self.title_label.setBuddy(self.title)
        self.goal_label.setBuddy(self.goal)
        self.results_label.setBuddy(self.results)
        self.meeting_target_label.setBuddy(self.meeting_target)
        self.partner_ids_label.setBuddy(self.partner_ids)
        self.first_half_status_label.setBuddy(self.first_half_status)
        self.first_half_progress_label.setBuddy(self.first_half_progress)
        self.second_half_status_label.setBuddy(self.second_half_status)
        self.second_half_progress_label.setBuddy(self.second_half_progress)
        self.heading_as_written_label.setBuddy(self.heading_as_written)
        self.results_heading_as_written_label.setBuddy(self.results_heading_as_written)
        self.meeting_target_as_written_label.setBuddy(self.meeting_target_as_written)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year_plan_id, self.position)
        QWidget.setTabOrder(self.position, self.owner_kind)
        QWidget.setTabOrder(self.owner_kind, self.portfolio_id)
        QWidget.setTabOrder(self.portfolio_id, self.consultation_id)
        QWidget.setTabOrder(self.consultation_id, self.title)
        QWidget.setTabOrder(self.title, self.goal)
        QWidget.setTabOrder(self.goal, self.results)
        QWidget.setTabOrder(self.results, self.meeting_target)
        QWidget.setTabOrder(self.meeting_target, self.meeting_target_is_minimum)
        QWidget.setTabOrder(self.meeting_target_is_minimum, self.partner_ids)
        QWidget.setTabOrder(self.partner_ids, self.first_half_status)
        QWidget.setTabOrder(self.first_half_status, self.first_half_progress)
        QWidget.setTabOrder(self.first_half_progress, self.second_half_status)
        QWidget.setTabOrder(self.second_half_status, self.second_half_progress)
        QWidget.setTabOrder(self.second_half_progress, self.heading_as_written)
        QWidget.setTabOrder(self.heading_as_written, self.results_heading_as_written)
        QWidget.setTabOrder(self.results_heading_as_written, self.meeting_target_as_written)

        self.retranslateUi(ActivityForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ActivityForm)
    # setupUi

    def retranslateUi(self, ActivityForm):
        self.year_plan_id_label.setText(QCoreApplication.translate("ActivityForm", u"Year plan: *", None))
        self.position_label.setText(QCoreApplication.translate("ActivityForm", u"Order:", None))
#if QT_CONFIG(tooltip)
        self.position.setToolTip(QCoreApplication.translate("ActivityForm", u"Where the activity appears in the year plan", None))
#endif // QT_CONFIG(tooltip)
        self.owner_kind_label.setText(QCoreApplication.translate("ActivityForm", u"Owner: *", None))
#if QT_CONFIG(tooltip)
        self.owner_kind.setToolTip(QCoreApplication.translate("ActivityForm", u"The body that owns the activity", None))
#endif // QT_CONFIG(tooltip)
        self.portfolio_id_label.setText(QCoreApplication.translate("ActivityForm", u"Portfolio:", None))
        self.consultation_id_label.setText(QCoreApplication.translate("ActivityForm", u"Consultation:", None))
#if QT_CONFIG(tooltip)
        self.consultation_id.setToolTip(QCoreApplication.translate("ActivityForm", u"The portfolio holders' consultation that owns the activity", None))
#endif // QT_CONFIG(tooltip)
        self.title_label.setText(QCoreApplication.translate("ActivityForm", u"Title: *", None))
        self.goal_label.setText(QCoreApplication.translate("ActivityForm", u"Goal: *", None))
        self.results_label.setText(QCoreApplication.translate("ActivityForm", u"Results to achieve:", None))
#if QT_CONFIG(tooltip)
        self.results.setToolTip(QCoreApplication.translate("ActivityForm", u"One result per line", None))
#endif // QT_CONFIG(tooltip)
        self.results.setPlaceholderText(QCoreApplication.translate("ActivityForm", u"One result per line", None))
        self.meeting_target_label.setText(QCoreApplication.translate("ActivityForm", u"Number of meetings:", None))
#if QT_CONFIG(tooltip)
        self.meeting_target.setToolTip(QCoreApplication.translate("ActivityForm", u"How many meetings the year plan promises for this activity; (none) when it names no number", None))
#endif // QT_CONFIG(tooltip)
        self.meeting_target.setSpecialValueText(QCoreApplication.translate("ActivityForm", u"(none)", None))
        self.meeting_target_is_minimum.setText(QCoreApplication.translate("ActivityForm", u"at least", None))
#if QT_CONFIG(tooltip)
        self.meeting_target_is_minimum.setToolTip(QCoreApplication.translate("ActivityForm", u"The plan names a minimum (\"minimaal 1 keer per jaar\")", None))
#endif // QT_CONFIG(tooltip)
        self.partner_ids_label.setText(QCoreApplication.translate("ActivityForm", u"Partner organisations:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.plan_tab), QCoreApplication.translate("ActivityForm", u"Plan", None))
        self.first_half_status_label.setText(QCoreApplication.translate("ActivityForm", u"Status first half-year: *", None))
        self.first_half_progress_label.setText(QCoreApplication.translate("ActivityForm", u"Progress first half-year:", None))
        self.second_half_status_label.setText(QCoreApplication.translate("ActivityForm", u"Status second half-year: *", None))
        self.second_half_progress_label.setText(QCoreApplication.translate("ActivityForm", u"Progress second half-year:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.progress_tab), QCoreApplication.translate("ActivityForm", u"Progress", None))
        self.source_note.setText(QCoreApplication.translate("ActivityForm", u"The headings as the year plan wrote them, kept for reference (with their typing errors).", None))
        self.heading_as_written_label.setText(QCoreApplication.translate("ActivityForm", u"Heading:", None))
#if QT_CONFIG(tooltip)
        self.heading_as_written.setToolTip(QCoreApplication.translate("ActivityForm", u"The wording of the source (the year plan), kept as it was written", None))
#endif // QT_CONFIG(tooltip)
        self.results_heading_as_written_label.setText(QCoreApplication.translate("ActivityForm", u"Results heading:", None))
#if QT_CONFIG(tooltip)
        self.results_heading_as_written.setToolTip(QCoreApplication.translate("ActivityForm", u"The wording of the source (the year plan), kept as it was written", None))
#endif // QT_CONFIG(tooltip)
        self.meeting_target_as_written_label.setText(QCoreApplication.translate("ActivityForm", u"Number of meetings:", None))
#if QT_CONFIG(tooltip)
        self.meeting_target_as_written.setToolTip(QCoreApplication.translate("ActivityForm", u"The result in the year plan that names the number of meetings", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.source_tab), QCoreApplication.translate("ActivityForm", u"As written", None))
        pass
    # retranslateUi

