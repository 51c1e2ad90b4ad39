package id.serambi.support;

/** Closes test resources in order, skipping those never opened; the first failure is thrown. */
public final class Closing {
    private Closing() {
    }

    public static void all(AutoCloseable... resources) {
        RuntimeException failure = null;
        for (AutoCloseable resource : resources) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
