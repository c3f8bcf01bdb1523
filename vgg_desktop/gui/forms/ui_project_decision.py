# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'project_decision.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QWidget)

from vgg_desktop.gui.editing.date_field import DateField

class Ui_ProjectDecisionForm(object):
    def setupUi(self, ProjectDecisionForm):
        if not ProjectDecisionForm.objectName():
            ProjectDecisionForm.setObjectName(u"ProjectDecisionForm")
        ProjectDecisionForm.resize(560, 420)
        self.form_layout = QFormLayout(ProjectDecisionForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.project_id_label = QLabel(ProjectDecisionForm)
        self.project_id_label.setObjectName(u"project_id_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.project_id_label)

        self.project_id = QComboBox(ProjectDecisionForm)
        self.project_id.setObjectName(u"project_id")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.project_id)

        self.decided_on_label = QLabel(ProjectDecisionForm)
        self.decided_on_label.setObjectName(u"decided_on_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decided_on_label)

        self.decided_on = DateField(ProjectDecisionForm)
        self.decided_on.setObjectName(u"decided_on")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decided_on)

        self.description_label = QLabel(ProjectDecisionForm)
        self.description_label.setObjectName(u"description_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(ProjectDecisionForm)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.description)

        self.finances_label = QLabel(ProjectDecisionForm)
        self.finances_label.setObjectName(u"finances_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.finances_label)

        self.finances = QPlainTextEdit(ProjectDecisionForm)
        self.finances.setObjectName(u"finances")
        self.finances.setTabChangesFocus(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.finances)

#if QT_CONFIG(shortcut)
        self.project_id_label.setBuddy(self.project_id)
        self.decided_on_label.setBuddy(self.decided_on)
        self.description_label.setBuddy(self.description)
        self.finances_label.setBuddy(self.finances)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.project_id, self.decided_on)
        QWidget.setTabOrder(self.decided_on, self.description)
        QWidget.setTabOrder(self.description, self.finances)

        self.retranslateUi(ProjectDecisionForm)

        QMetaObject.connectSlotsByName(ProjectDecisionForm)
    # setupUi

    def retranslateUi(self, ProjectDecisionForm):
        self.project_id_label.setText(QCoreApplication.translate("ProjectDecisionForm", u"Project: *", None))
        self.decided_on_label.setText(QCoreApplication.translate("ProjectDecisionForm", u"Decided on: *", None))
#if QT_CONFIG(tooltip)
        self.decided_on.setToolTip(QCoreApplication.translate("ProjectDecisionForm", u"The date of the decision, for example 10-03-2022", None))
#endif // QT_CONFIG(tooltip)
        self.description_label.setText(QCoreApplication.translate("ProjectDecisionForm", u"Decision: *", None))
#if QT_CONFIG(tooltip)
        self.description.setToolTip(QCoreApplication.translate("ProjectDecisionForm", u"What was decided, and by whom (for example the board or the municipal executives)", None))
#endif // QT_CONFIG(tooltip)
        self.finances_label.setText(QCoreApplication.translate("ProjectDecisionForm", u"Finances:", None))
#if QT_CONFIG(tooltip)
        self.finances.setToolTip(QCoreApplication.translate("ProjectDecisionForm", u"What the decision says about money: amounts, and how the costs are shared between the municipalities", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

