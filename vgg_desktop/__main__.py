from vgg_desktop.cli import main

raise SystemExit(main())
