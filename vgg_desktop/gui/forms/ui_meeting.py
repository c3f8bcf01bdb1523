# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QWidget)

from vgg_desktop.gui.editing.date_field import DateField

class Ui_MeetingForm(object):
    def setupUi(self, MeetingForm):
        if not MeetingForm.objectName():
            MeetingForm.setObjectName(u"MeetingForm")
        MeetingForm.resize(520, 400)
        self.form_layout = QFormLayout(MeetingForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.date_label = QLabel(MeetingForm)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date = DateField(MeetingForm)
        self.date.setObjectName(u"date")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date)

        self.kind_label = QLabel(MeetingForm)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(MeetingForm)
        self.kind.setObjectName(u"kind")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.status_label = QLabel(MeetingForm)
        self.status_label.setObjectName(u"status_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(MeetingForm)
        self.status.setObjectName(u"status")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.status)

        self.title_label = QLabel(MeetingForm)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(MeetingForm)
        self.title.setObjectName(u"title")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.title)

        self.theme_label = QLabel(MeetingForm)
        self.theme_label.setObjectName(u"theme_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.theme_label)

        self.theme = QLineEdit(MeetingForm)
        self.theme.setObjectName(u"theme")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.theme)

        self.location_label = QLabel(MeetingForm)
        self.location_label.setObjectName(u"location_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location = QLineEdit(MeetingForm)
        self.location.setObjectName(u"location")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.location)

        self.activity_id_label = QLabel(MeetingForm)
        self.activity_id_label.setObjectName(u"activity_id_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.activity_id_label)

        self.activity_id = QComboBox(MeetingForm)
        self.activity_id.setObjectName(u"activity_id")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.activity_id)

        self.notes_label = QLabel(MeetingForm)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(MeetingForm)
        self.notes.setObjectName(u"notes")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.notes.sizePolicy().hasHeightForWidth())
        self.notes.setSizePolicy(sizePolicy)
        self.notes.setMinimumSize(QSize(0, 60))
        self.notes.setTabChangesFocus(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notes)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date)
        self.kind_label.setBuddy(self.kind)
        self.status_label.setBuddy(self.status)
        self.title_label.setBuddy(self.title)
        self.theme_label.setBuddy(self.theme)
        self.location_label.setBuddy(self.location)
        self.activity_id_label.setBuddy(self.activity_id)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date, self.kind)
        QWidget.setTabOrder(self.kind, self.status)
        QWidget.setTabOrder(self.status, self.title)
        QWidget.setTabOrder(self.title, self.theme)
        QWidget.setTabOrder(self.theme, self.location)
        QWidget.setTabOrder(self.location, self.activity_id)
        QWidget.setTabOrder(self.activity_id, self.notes)

        self.retranslateUi(MeetingForm)

        QMetaObject.connectSlotsByName(MeetingForm)
    # setupUi

    def retranslateUi(self, MeetingForm):
        self.date_label.setText(QCoreApplication.translate("MeetingForm", u"Date: *", None))
        self.kind_label.setText(QCoreApplication.translate("MeetingForm", u"Kind: *", None))
        self.status_label.setText(QCoreApplication.translate("MeetingForm", u"Status: *", None))
#if QT_CONFIG(tooltip)
        self.status.setToolTip(QCoreApplication.translate("MeetingForm", u"Planned, held or cancelled; cancelled meetings do not count toward the year plan", None))
#endif // QT_CONFIG(tooltip)
        self.title_label.setText(QCoreApplication.translate("MeetingForm", u"Title: *", None))
        self.theme_label.setText(QCoreApplication.translate("MeetingForm", u"Theme:", None))
        self.theme.setPlaceholderText(QCoreApplication.translate("MeetingForm", u"e.g. Kansen voor het landschap", None))
        self.location_label.setText(QCoreApplication.translate("MeetingForm", u"Location:", None))
        self.activity_id_label.setText(QCoreApplication.translate("MeetingForm", u"Activity:", None))
#if QT_CONFIG(tooltip)
        self.activity_id.setToolTip(QCoreApplication.translate("MeetingForm", u"The activity of the year plan this meeting counts towards", None))
#endif // QT_CONFIG(tooltip)
        self.notes_label.setText(QCoreApplication.translate("MeetingForm", u"Notes:", None))
        pass
    # retranslateUi

