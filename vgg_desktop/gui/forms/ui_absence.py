# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'absence.ui'
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
    QSizePolicy, QWidget)

from vgg_desktop.gui.editing.date_field import DateField

class Ui_AbsenceForm(object):
    def setupUi(self, AbsenceForm):
        if not AbsenceForm.objectName():
            AbsenceForm.setObjectName(u"AbsenceForm")
        AbsenceForm.resize(520, 400)
        self.form_layout = QFormLayout(AbsenceForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.staff_member_id_label = QLabel(AbsenceForm)
        self.staff_member_id_label.setObjectName(u"staff_member_id_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staff_member_id_label)

        self.staff_member_id = QComboBox(AbsenceForm)
        self.staff_member_id.setObjectName(u"staff_member_id")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.staff_member_id)

        self.start_date_label = QLabel(AbsenceForm)
        self.start_date_label.setObjectName(u"start_date_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date = DateField(AbsenceForm)
        self.start_date.setObjectName(u"start_date")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.end_date_label = QLabel(AbsenceForm)
        self.end_date_label.setObjectName(u"end_date_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.end_date_label)

        self.end_date = DateField(AbsenceForm)
        self.end_date.setObjectName(u"end_date")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.end_date)

        self.privacy_note = QLabel(AbsenceForm)
        self.privacy_note.setObjectName(u"privacy_note")
        self.privacy_note.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.privacy_note)

#if QT_CONFIG(shortcut)
        self.staff_member_id_label.setBuddy(self.staff_member_id)
        self.start_date_label.setBuddy(self.start_date)
        self.end_date_label.setBuddy(self.end_date)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.staff_member_id, self.start_date)
        QWidget.setTabOrder(self.start_date, self.end_date)

        self.retranslateUi(AbsenceForm)

        QMetaObject.connectSlotsByName(AbsenceForm)
    # setupUi

    def retranslateUi(self, AbsenceForm):
        self.staff_member_id_label.setText(QCoreApplication.translate("AbsenceForm", u"Staff member: *", None))
        self.start_date_label.setText(QCoreApplication.translate("AbsenceForm", u"Sick from: *", None))
        self.end_date_label.setText(QCoreApplication.translate("AbsenceForm", u"Recovered on:", None))
#if QT_CONFIG(tooltip)
        self.end_date.setToolTip(QCoreApplication.translate("AbsenceForm", u"Leave empty while the staff member is still ill", None))
#endif // QT_CONFIG(tooltip)
        self.privacy_note.setText(QCoreApplication.translate("AbsenceForm", u"Only the dates are recorded. Health information such as a cause or diagnosis is not recorded here (GDPR/AVG).", None))
        pass
    # retranslateUi

