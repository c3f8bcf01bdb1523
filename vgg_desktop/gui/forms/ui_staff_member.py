# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_member.ui'
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

class Ui_StaffMemberForm(object):
    def setupUi(self, StaffMemberForm):
        if not StaffMemberForm.objectName():
            StaffMemberForm.setObjectName(u"StaffMemberForm")
        StaffMemberForm.resize(520, 400)
        self.form_layout = QFormLayout(StaffMemberForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.salutation_label = QLabel(StaffMemberForm)
        self.salutation_label.setObjectName(u"salutation_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.salutation_label)

        self.salutation = QComboBox(StaffMemberForm)
        self.salutation.setObjectName(u"salutation")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.salutation)

        self.initials_label = QLabel(StaffMemberForm)
        self.initials_label.setObjectName(u"initials_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.initials_label)

        self.initials = QLineEdit(StaffMemberForm)
        self.initials.setObjectName(u"initials")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.initials)

        self.first_name_label = QLabel(StaffMemberForm)
        self.first_name_label.setObjectName(u"first_name_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name = QLineEdit(StaffMemberForm)
        self.first_name.setObjectName(u"first_name")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.first_name)

        self.last_name_label = QLabel(StaffMemberForm)
        self.last_name_label.setObjectName(u"last_name_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name = QLineEdit(StaffMemberForm)
        self.last_name.setObjectName(u"last_name")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.last_name)

        self.email_label = QLabel(StaffMemberForm)
        self.email_label.setObjectName(u"email_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(StaffMemberForm)
        self.email.setObjectName(u"email")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.email)

        self.phone_label = QLabel(StaffMemberForm)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(StaffMemberForm)
        self.phone.setObjectName(u"phone")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone)

        self.notes_label = QLabel(StaffMemberForm)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(StaffMemberForm)
        self.notes.setObjectName(u"notes")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.notes.sizePolicy().hasHeightForWidth())
        self.notes.setSizePolicy(sizePolicy)
        self.notes.setMinimumSize(QSize(0, 60))
        self.notes.setTabChangesFocus(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes)

#if QT_CONFIG(shortcut)
        self.salutation_label.setBuddy(self.salutation)
        self.initials_label.setBuddy(self.initials)
        self.first_name_label.setBuddy(self.first_name)
        self.last_name_label.setBuddy(self.last_name)
        self.email_label.setBuddy(self.email)
        self.phone_label.setBuddy(self.phone)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.salutation, self.initials)
        QWidget.setTabOrder(self.initials, self.first_name)
        QWidget.setTabOrder(self.first_name, self.last_name)
        QWidget.setTabOrder(self.last_name, self.email)
        QWidget.setTabOrder(self.email, self.phone)
        QWidget.setTabOrder(self.phone, self.notes)

        self.retranslateUi(StaffMemberForm)

        QMetaObject.connectSlotsByName(StaffMemberForm)
    # setupUi

    def retranslateUi(self, StaffMemberForm):
        self.salutation_label.setText(QCoreApplication.translate("StaffMemberForm", u"Salutation:", None))
        self.initials_label.setText(QCoreApplication.translate("StaffMemberForm", u"Initials:", None))
        self.initials.setPlaceholderText(QCoreApplication.translate("StaffMemberForm", u"e.g. A.B.", None))
        self.first_name_label.setText(QCoreApplication.translate("StaffMemberForm", u"First name:", None))
        self.last_name_label.setText(QCoreApplication.translate("StaffMemberForm", u"Last name: *", None))
        self.email_label.setText(QCoreApplication.translate("StaffMemberForm", u"Email:", None))
        self.phone_label.setText(QCoreApplication.translate("StaffMemberForm", u"Phone:", None))
        self.notes_label.setText(QCoreApplication.translate("StaffMemberForm", u"Notes:", None))
        pass
    # retranslateUi

